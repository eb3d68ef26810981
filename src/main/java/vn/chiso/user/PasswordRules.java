package vn.chiso.user;

import java.util.Locale;

import vn.chiso.shared.RuleViolationException;

/** Rules every new password follows, whoever sets it. */
final class PasswordRules {

    static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; 64 characters leave room for Vietnamese letters of two bytes. */
    static final int MAX_LENGTH = 64;

    private PasswordRules() {
    }

    static void check(String username, String password, String confirmation, String field, String confirmationField) {
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new RuleViolationException(field, "password.containsUsername");
        }
        if (!password.equals(confirmation)) {
            throw new RuleViolationException(confirmationField, "password.mismatch");
        }
    }
}
