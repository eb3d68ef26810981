/**
 * Who may sign in and what each role may reach: accounts, roles, sign-in with lockout, and the one place that states
 * which URL each role may use ({@code security.SecurityConfiguration}). Other modules learn who is asking from
 * {@link vn.chiso.user.CurrentUser}.
 */
@ApplicationModule(displayName = "Users and security", allowedDependencies = {"shared", "unit"})
package vn.chiso.user;

import org.springframework.modulith.ApplicationModule;
