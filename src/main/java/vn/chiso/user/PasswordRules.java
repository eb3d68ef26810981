package vn.chiso.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import vn.chiso.shared.RuleViolationException;

/** Rules every new password follows, whoever sets it. */
final class PasswordRules {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;
    /** bcrypt reads at most 72 bytes: a Vietnamese letter with its marks takes two or three of them. */
    static final int MAX_BYTES = 72;

    /** Passwords tried first by whoever guesses, lower case: the lists of leaked passwords, and Vietnamese ones. */
    private static final Set<String> COMMON = load("user/common-passwords.txt");

    private PasswordRules() {
    }

    static void check(String username, String password, String confirmation, String field, String confirmationField) {
        if (!fitsTheHash(password)) {
            throw new RuleViolationException(field, "password.bytes");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.contains(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException(field, "password.containsUsername");
        }
        if (COMMON.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new RuleViolationException(field, "password.common");
        }
        if (!password.equals(confirmation)) {
            throw new RuleViolationException(confirmationField, "password.mismatch");
        }
    }

    /** Whether bcrypt reads the whole password; a longer one is refused rather than cut. */
    static boolean fitsTheHash(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static Set<String> load(String name) {
        try {
            return new ClassPathResource(name).getContentAsString(StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
