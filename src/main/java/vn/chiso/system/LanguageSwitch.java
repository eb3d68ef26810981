package vn.chiso.system;

import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where the footer's language links lead: every rendered page gets, as {@value #ATTRIBUTE}, a path within the
 * application (without {@code lang}, which the links add). A page shown for a GET is shown again, with its other
 * query parameters. A page shown for a POST (a form sent back with mistakes) has no GET at its address: the links lead
 * to the page the form was sent from when the browser names it (this host, a page the application serves by GET),
 * else to the home page.
 */
final class LanguageSwitch implements HandlerInterceptor {

    static final String ATTRIBUTE = "languageSwitch";
    private static final String HOME = "/";

    private final Supplier<RequestMappingHandlerMapping> handlers;

    LanguageSwitch(Supplier<RequestMappingHandlerMapping> handlers) {
        this.handlers = handlers;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView page) {
        if (page == null || page.getView() instanceof RedirectView || isRedirectOrForward(page.getViewName())) {
            return;
        }
        page.addObject(ATTRIBUTE, address(request));
    }

    String address(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return shownAgain(request);
        }
        return pageSentFrom(request);
    }

    /** The address the browser asked for (before an error page or a forward took over), without {@code lang}. */
    private static String shownAgain(HttpServletRequest request) {
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
        if (uri == null) {
            uri = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
        }
        if (uri == null) {
            uri = request.getRequestURI();
            query = request.getQueryString();
        }
        String contextPath = request.getContextPath();
        if (!uri.startsWith(contextPath + "/")) {
            return HOME;
        }
        return local(uri.substring(contextPath.length()), query);
    }

    private String pageSentFrom(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return HOME;
        }
        try {
            URI from = URI.create(referer);
            String path = from.getRawPath();
            String contextPath = request.getContextPath();
            if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())
                    || path == null || !path.startsWith(contextPath + "/")) {
                return HOME;
            }
            String local = path.substring(contextPath.length());
            return servedByGet(local) ? local(local, from.getRawQuery()) : HOME;
        } catch (IllegalArgumentException unreadable) {
            return HOME;
        }
    }

    private boolean servedByGet(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (RequestMappingInfo mapping : handlers.get().getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            PathPatternsRequestCondition patterns = mapping.getPathPatternsCondition();
            if ((methods.isEmpty() || methods.contains(RequestMethod.GET)) && patterns != null
                    && patterns.getPatterns().stream().anyMatch(pattern -> pattern.matches(container))) {
                return true;
            }
        }
        return false;
    }

    /** A path and query within the application, without {@code lang}; the home page for anything else. */
    private static String local(String path, String query) {
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return HOME;
        }
        String kept = query == null ? "" : Arrays.stream(query.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !parameter.equals("lang") && !parameter.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? path : path + "?" + kept;
    }

    private static boolean isRedirectOrForward(String viewName) {
        return viewName != null && (viewName.startsWith("redirect:") || viewName.startsWith("forward:"));
    }
}
