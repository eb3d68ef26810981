package vn.chiso.system;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.DataBinder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A 400 for a parameter whose list index ({@code entries[300].done}) is past what a form is bound with: Spring grows
 * a list up to {@value DataBinder#DEFAULT_AUTO_GROW_COLLECTION_LIMIT} elements and fails with a 500 beyond, and no
 * form of the application has that many lines. Nothing is bound, so nothing is saved.
 */
class ListIndexFilter extends OncePerRequestFilter {

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final int DIGITS = String.valueOf(DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT).length();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getParameterMap().keySet().stream().anyMatch(ListIndexFilter::pastTheLimit)) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean pastTheLimit(String name) {
        Matcher index = INDEX.matcher(name);
        while (index.find()) {
            String digits = index.group(1).replaceFirst("^0+(?=.)", "");
            if (digits.length() > DIGITS || Integer.parseInt(digits) >= DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT) {
                return true;
            }
        }
        return false;
    }
}
