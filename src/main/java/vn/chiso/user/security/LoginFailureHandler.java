package vn.chiso.user.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with the typed username kept. A lock says so; every other failure (unknown user, wrong
 * password, deactivated account) gets the same message, so the page never tells whether an account exists.
 */
final class LoginFailureHandler implements AuthenticationFailureHandler {

    /** Session attribute the login page reads (and removes) to fill in the username again. */
    static final String TYPED_USERNAME = "chiso.login.username";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        if (username != null && username.length() <= 100) {
            request.getSession().setAttribute(TYPED_USERNAME, username);
        }
        String reason = exception instanceof LockedException ? "locked" : "error";
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
