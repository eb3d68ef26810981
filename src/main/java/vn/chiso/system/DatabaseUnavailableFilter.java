package vn.chiso.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * When the database cannot be reached, every page answers within the pool's connection time-out (1 s) with 503, a
 * {@code Retry-After} and a page saying, in the user's language, that the application is temporarily unavailable;
 * the pages after it answer at once for as long as the outage lasts ({@link DatabaseOutage}). Placed before the
 * session filter, which reads every signed-in request's session from PostgreSQL, so that its failures are caught too.
 * The page is made from {@code error/503.html} without the layout (whose menu reads the database); it reloads itself.
 * Health and static files pass: readiness reports the outage itself, and the page needs its stylesheets. A response
 * already sent in part (a page over 8 KB that reads the database while it is written) cannot be turned into this page.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 5;

    private final DatabaseOutage outage;
    private final ITemplateEngine templates;

    DatabaseUnavailableFilter(DatabaseOutage outage, ITemplateEngine templates) {
        this.outage = outage;
        this.templates = templates;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (NotReadyFilter.passes(request)) {
            chain.doFilter(new WithoutCookies(request), response);
            return;
        }
        if (outage.isOngoing() || isErrorAfterAnOutage(request)) {
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!outage.noticed(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            answer(request, response);
        }
    }

    /**
     * Also on the error page's dispatch: a failure that reached the container (the servlet's own error handling
     * rethrew it before this filter could answer) must not be answered by the error page, whose layout reads the
     * database and would wait for it once more.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private boolean isErrorAfterAnOutage(HttpServletRequest request) {
        return request.getDispatcherType() == DispatcherType.ERROR
                && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && outage.noticed(failure);
    }

    /**
     * Static files and health need no session, but with the session cookie the security filters would read the
     * session from PostgreSQL for each of them (and wait for it in an outage): they go on without cookies.
     */
    private static final class WithoutCookies extends HttpServletRequestWrapper {

        WithoutCookies(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Cookie[] getCookies() {
            return null;
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = "en".equals(NotReadyFilter.language(request)) ? Locale.ENGLISH : WebConfiguration.VIETNAMESE;
        Context context = new Context(locale);
        context.setVariable("base", request.getContextPath());
        context.setVariable("retrySeconds", RETRY_SECONDS);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/html;charset=UTF-8");
        templates.process("error/503", context, response.getWriter());
    }
}
