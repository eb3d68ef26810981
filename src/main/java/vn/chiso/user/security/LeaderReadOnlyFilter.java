package vn.chiso.user.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.chiso.user.Role;

/**
 * A leader changes nothing: whatever rules other URLs get, any request from a leader that is not a read is refused,
 * except signing out and changing their own password.
 */
final class LeaderReadOnlyFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> ALLOWED_CHANGES = Set.of("/logout", "/account/password");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isLeader() && !READS.contains(request.getMethod())
                && !ALLOWED_CHANGES.contains(request.getRequestURI().substring(request.getContextPath().length()))) {
            throw new AccessDeniedException("A leader has read-only access");
        }
        chain.doFilter(request, response);
    }

    private static boolean isLeader() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().contains(Role.LEADER.authority());
    }
}
