package vn.chiso.user;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import vn.chiso.unit.UnitService;
import vn.chiso.user.AccountDetailsService.AccountDetails;

/**
 * Form sign-in: counts the attempt and refuses a name locked from the sign-in's address before looking at the
 * password, counts every refused sign-in (unknown name, wrong or overlong password, deactivated account) alike and
 * answers them alike, and on success puts only the {@link CurrentUser} (no password hash) into the security context.
 */
@Component
class LockoutAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final UserService users;

    LockoutAuthenticationProvider(UserAccountRepository accounts, UnitService units, PasswordEncoder encoder,
            LoginThrottle throttle, UserService users) {
        this.passwords = new DaoAuthenticationProvider(new AccountDetailsService(accounts, units));
        this.passwords.setPasswordEncoder(encoder);
        // a deactivated account is refused after the password check (below), so that it takes as long as any other
        this.passwords.setPreAuthenticationChecks(account -> { });
        this.throttle = throttle;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = LoginThrottle.normalize(attempt.getName());
        if (username.length() > LoginThrottle.MAX_USERNAME_LENGTH) {
            // no account has such a name, and the throttle does not keep it: a plain wrong sign-in
            throw new BadCredentialsException("bad credentials");
        }
        LoginThrottle.Attempt counted = throttle.begin(username, address(attempt));
        if (!counted.checked()) {
            throw new LockedException("locked");
        }
        AccountDetails account;
        try {
            if (!PasswordRules.fitsTheHash(String.valueOf(attempt.getCredentials()))) {
                // bcrypt reads 72 bytes at most; no password set here is longer
                throw new BadCredentialsException("too long");
            }
            account = (AccountDetails) passwords.authenticate(attempt).getPrincipal();
            if (!account.isEnabled()) {
                throw new DisabledException("deactivated");
            }
        } catch (BadCredentialsException | AccountStatusException refused) {
            if (throttle.failed(counted)) {
                throw new LockedException("locked", refused);
            }
            throw new BadCredentialsException("bad credentials", refused);
        }
        throttle.succeeded(counted);
        CurrentUser user = account.user();
        users.recordSignIn(user.id());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
