/**
 * Who may sign in and what each role may reach: accounts, roles, sign-in with lockout, and the one place that states
 * which URL each role may use ({@code security.SecurityConfiguration}). Other modules learn who is asking from
 * {@link vn.chiso.user.CurrentUser}.
 * Persistence: JdbcClient in {@code UserAccountRepository} and {@code LoginThrottle}: an account is read whole and
 * changed by one update per operation, and the lockout is counted by an upsert that every instance shares.
 */
@ApplicationModule(displayName = "Users and security", allowedDependencies = {"shared", "unit"})
package vn.chiso.user;

import org.springframework.modulith.ApplicationModule;
