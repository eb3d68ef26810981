package vn.chiso.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat listens before the application has finished starting: the demo data and the first administrator are made by
 * runners that come after it. Until then every request gets 503 with a page that says the application is starting
 * and reloads itself, instead of a sign-in refused for an account that does not exist yet or a half-loaded plan.
 * Health and the files that page uses pass. Runs before every other filter, so that nothing touches the database.
 */
class NotReadyFilter extends OncePerRequestFilter {

    private static final int RETRY_SECONDS = 5;

    private final ApplicationAvailability availability;
    private final MessageSource messages;

    NotReadyFilter(ApplicationAvailability availability, MessageSource messages) {
        this.availability = availability;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || passes(request)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = "en".equals(language(request)) ? Locale.ENGLISH : WebConfiguration.VIETNAMESE;
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(page(locale, request.getContextPath()).getBytes(StandardCharsets.UTF_8));
    }

    static boolean passes(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/actuator/health") || path.startsWith("/webjars/") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/images/");
    }

    static String language(HttpServletRequest request) {
        String chosen = request.getParameter("lang");
        if (chosen == null && request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals("chiso-lang")) {
                    chosen = cookie.getValue();
                }
            }
        }
        return chosen;
    }

    private String page(Locale locale, String path) {
        String title = HtmlUtils.htmlEscape(messages.getMessage("starting.title", null, locale), "UTF-8");
        String text = HtmlUtils.htmlEscape(messages.getMessage("starting.text", null, locale), "UTF-8");
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <meta http-equiv="refresh" content="%d">
                  <title>%s</title>
                  <link rel="stylesheet" href="%s/webjars/bootstrap/css/bootstrap.min.css">
                </head>
                <body>
                <main class="container py-5" id="starting">
                  <h1 class="h3">%s</h1>
                  <p>%s</p>
                  <div class="spinner-border text-primary" role="status"></div>
                </main>
                </body>
                </html>
                """.formatted(locale.getLanguage(), RETRY_SECONDS, title, path, title, text);
    }
}
