package vn.chiso.user.security;

import java.io.IOException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import vn.chiso.shared.Referers;

/**
 * A form sent after the session expired fails its CSRF check. Instead of a bare 403, the browser goes back to the
 * page the form was on: that page asks to sign in again and then comes back, where the report form restores what was
 * typed (kept in the browser). Only the path of the Referer is used, so the redirect never leaves the application.
 */
final class ExpiredSessionHandler implements AccessDeniedHandler {

    private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (denied instanceof CsrfException && request.getRequestedSessionId() != null
                && !request.isRequestedSessionIdValid()) {
            response.sendRedirect(request.getContextPath()
                    + Referers.localPath(request.getHeader("Referer"), request.getContextPath()));
            return;
        }
        refuse.handle(request, response, denied);
    }
}
