package vn.chiso.user;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.chiso.unit.UnitService;
import vn.chiso.user.AccountDetailsService.AccountDetails;

/**
 * Form sign-in: refuses a locked name before looking at the password, counts wrong passwords, and on success puts
 * only the {@link CurrentUser} (no password hash) into the security context.
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
        this.throttle = throttle;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = LoginThrottle.normalize(attempt.getName());
        if (throttle.isLocked(username)) {
            throw new LockedException("locked");
        }
        Authentication checked;
        try {
            checked = passwords.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            if (throttle.recordFailure(username)) {
                throw new LockedException("locked", wrong);
            }
            throw wrong;
        }
        throttle.reset(username);
        CurrentUser user = ((AccountDetails) checked.getPrincipal()).user();
        users.recordSignIn(user.id());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
