package vn.chiso.user;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * Loads an account for the password check; what ends up in the session is only its {@link CurrentUser}. Not a bean:
 * only {@link LockoutAuthenticationProvider} uses it, so that no other sign-in path bypasses the lockout.
 */
class AccountDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final UnitService units;

    AccountDetailsService(UserAccountRepository accounts, UnitService units) {
        this.accounts = accounts;
        this.units = units;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(LoginThrottle.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        String unitName = account.unitId() == null ? null
                : units.find(account.unitId()).map(UnitView::name).orElse(null);
        CurrentUser user = new CurrentUser(account.id(), account.username(), account.fullName(),
                account.role(), account.unitId(), unitName);
        return new AccountDetails(user, account.passwordHash(), account.active());
    }

    record AccountDetails(CurrentUser user, String password, boolean active) implements UserDetails {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return user.authorities();
        }

        @Override
        public String getPassword() {
            return password;
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public boolean isEnabled() {
            return active;
        }
    }
}
