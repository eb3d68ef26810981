package vn.chiso.system;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import vn.chiso.shared.Referers;

/**
 * A form sent with more than the upload limit goes back to the page it came from with a Vietnamese message, instead
 * of the servlet container's English "413 Payload Too Large". Smaller files reach the forms, which refuse what is too
 * large for them (20 MB of evidence, 10 MB of results) beside the field. Runs after the session filter, so that the
 * message survives the redirect, and before Spring Security, which would otherwise find no CSRF token in a body it
 * cannot read.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

    static final String MESSAGE = "upload.tooLarge";

    private final long limit;
    private final SessionFlashMapManager flashes = new SessionFlashMapManager();

    OversizedUploadFilter(long limit) {
        this.limit = limit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (!upload || request.getContentLengthLong() <= limit) {
            chain.doFilter(request, response);
            return;
        }
        String back = request.getContextPath()
                + Referers.localPath(request.getHeader(HttpHeaders.REFERER), request.getContextPath());
        FlashMap flash = new FlashMap();
        flash.put("failure", MESSAGE);
        flash.put("failureArg", limit / (1024 * 1024));
        flash.setTargetRequestPath(back);
        flashes.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, back);
    }
}
