package vn.chiso.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.chiso.shared.RuleViolationException;

/**
 * An installation always has an administrator. On a database without an active one (a new production database),
 * the account {@code admin} is created with the password from {@code CHISO_ADMIN_PASSWORD}; without that password the
 * application refuses to start rather than run with nobody able to manage it. Runs after the demo loaders.
 */
@Component
@Order(100)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserService users;
    private final String password;

    FirstAdministrator(UserService users, @Value("${chiso.admin-password:}") String password) {
        this.users = users;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.hasActiveAdministrator()) {
            return;
        }
        if (!StringUtils.hasText(password)) {
            throw new IllegalStateException("No active administrator exists in this database. Set the environment"
                    + " variable CHISO_ADMIN_PASSWORD (at least " + PasswordRules.MIN_LENGTH + " characters) to create"
                    + " the account '" + USERNAME + "', then start again.");
        }
        try {
            users.create(new NewUserForm(USERNAME, "Quản trị hệ thống", null, Role.ADMIN, null, password, password));
        } catch (RuleViolationException refused) {
            throw new IllegalStateException("CHISO_ADMIN_PASSWORD is not accepted as a password (" + refused.messageKey()
                    + "): use " + PasswordRules.MIN_LENGTH + " to " + PasswordRules.MAX_LENGTH
                    + " characters that do not contain '" + USERNAME + "'.", refused);
        }
        log.info("Created the first administrator '{}' from CHISO_ADMIN_PASSWORD", USERNAME);
    }
}
