package vn.chiso.notification;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Gives the menu of a coordinator's pages the number of items waiting in the queue: one statement, only for a page
 * that is rendered (not for a redirect, a forward, a download or a JSON answer), and nothing for the other roles.
 */
class QueueCountInterceptor implements HandlerInterceptor {

    static final String ATTRIBUTE = "queueCount";

    private final WorkQueue queue;

    QueueCountInterceptor(WorkQueue queue) {
        this.queue = queue;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || !page.isReference() || page.getModel().containsKey(ATTRIBUTE) || !coordinator(request)) {
            return;
        }
        String view = page.getViewName();
        if (view != null && !view.startsWith("redirect:") && !view.startsWith("forward:")) {
            page.addObject(ATTRIBUTE, queue.count());
        }
    }

    private static boolean coordinator(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof CurrentUser user && user.is(Role.COORDINATOR);
    }
}
