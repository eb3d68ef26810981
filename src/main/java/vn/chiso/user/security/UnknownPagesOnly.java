package vn.chiso.user.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The rule for every URL the security configuration does not name. If a controller serves it, nobody may use it
 * (forgetting a rule fails closed). If nothing serves it, a signed-in user may go on, to the 404 page.
 */
final class UnknownPagesOnly implements AuthorizationManager<RequestAuthorizationContext> {

    private final RequestMappingHandlerMapping handlers;

    UnknownPagesOnly(RequestMappingHandlerMapping handlers) {
        this.handlers = handlers;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication user = authentication.get();
        boolean signedIn = user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
        return new AuthorizationDecision(signedIn && !served(context.getRequest()));
    }

    private boolean served(HttpServletRequest request) {
        HttpServletRequest probe = new PrivateAttributes(request);
        ServletRequestPathUtils.parseAndCache(probe);
        try {
            return handlers.getHandler(probe) != null;
        } catch (Exception servedForAnotherMethod) {
            return true;
        }
    }

    /** Keeps the attributes that handler lookup sets away from the real request. */
    private static final class PrivateAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        PrivateAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
