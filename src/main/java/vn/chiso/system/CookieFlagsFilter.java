package vn.chiso.system;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every cookie the application sets — the session's, the language's, whatever comes later — is {@code HttpOnly}
 * (no script reads it), and {@code Secure} (sent back over HTTPS only) when the request came over HTTPS, directly or
 * through a proxy that says so ({@code server.forward-headers-strategy}). Runs before the session filter, which writes
 * its cookie through the response it is given.
 */
class CookieFlagsFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Flagged(response, request.isSecure()));
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        doFilterInternal(request, response, chain);
    }

    private static final class Flagged extends HttpServletResponseWrapper {

        private final boolean secure;

        Flagged(HttpServletResponse response, boolean secure) {
            super(response);
            this.secure = secure;
        }

        @Override
        public void addCookie(Cookie cookie) {
            cookie.setHttpOnly(true);
            if (secure) {
                cookie.setSecure(true);
            }
            super.addCookie(cookie);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, flagged(name, value));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, flagged(name, value));
        }

        private String flagged(String name, String value) {
            if (value == null || !HttpHeaders.SET_COOKIE.equalsIgnoreCase(name)) {
                return value;
            }
            StringBuilder cookie = new StringBuilder(value);
            if (!has(value, "HttpOnly")) {
                cookie.append("; HttpOnly");
            }
            if (secure && !has(value, "Secure")) {
                cookie.append("; Secure");
            }
            return cookie.toString();
        }

        /** Whether the cookie carries this attribute (the name=value pair before the first ";" is not one). */
        private static boolean has(String cookie, String attribute) {
            return Arrays.stream(cookie.split(";")).skip(1).map(String::strip)
                    .anyMatch(part -> part.equalsIgnoreCase(attribute));
        }
    }
}
