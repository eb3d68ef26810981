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
 * A form sent over the container's limits — more bytes than the upload limit, or more parts (fields and files) than
 * Tomcat reads — goes back to the page it came from with a Vietnamese message, instead of the servlet container's
 * English "413 Payload Too Large"; the page's script then puts back what was typed. Smaller files reach the forms,
 * which refuse what is too large for them (20 MB of evidence, 10 MB of results) beside the field. Runs after the
 * session filter, so that the message survives the redirect, and before Spring Security, which would otherwise find
 * no CSRF token in a body it cannot read.
 */
class OversizedUploadFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "upload.tooLarge";
    static final String TOO_MANY_PARTS = "upload.tooManyParts";

    private final long limit;
    private final int maxParts;
    private final SessionFlashMapManager flashes = new SessionFlashMapManager();

    OversizedUploadFilter(long limit, int maxParts) {
        this.limit = limit;
        this.maxParts = maxParts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (!upload) {
            chain.doFilter(request, response);
        } else if (request.getContentLengthLong() > limit) {
            goBack(request, response, TOO_LARGE, limit / (1024 * 1024));
        } else if (!readable(request)) {
            goBack(request, response, TOO_MANY_PARTS, maxParts);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Reads the parts now (the servlet reuses them): Tomcat refuses a body with more parts than it is told to read. */
    private static boolean readable(HttpServletRequest request) throws IOException {
        try {
            request.getParts();
            return true;
        } catch (IllegalStateException | ServletException refused) {
            return false;
        }
    }

    private void goBack(HttpServletRequest request, HttpServletResponse response, String message, long argument) {
        String back = request.getContextPath()
                + Referers.localPath(request.getHeader(HttpHeaders.REFERER), request.getContextPath());
        FlashMap flash = new FlashMap();
        flash.put("failure", message);
        flash.put("failureArg", argument);
        flash.put("restoreSent", true);
        flash.setTargetRequestPath(back);
        flashes.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, back);
    }
}
