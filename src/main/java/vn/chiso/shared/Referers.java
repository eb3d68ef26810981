package vn.chiso.shared;

import java.net.URI;

/** Going back to the page a request came from, without ever leaving the application. */
public final class Referers {

    private Referers() {
    }

    /**
     * The path (within the application's context path) of the page named by a Referer header, or "/" when there is
     * none or it points elsewhere: only the path is kept, so a forged header cannot send the browser away.
     */
    public static String localPath(String referer, String contextPath) {
        if (referer == null) {
            return "/";
        }
        try {
            String path = URI.create(referer).getRawPath();
            if (path == null || !path.startsWith(contextPath + "/") || path.startsWith("//")) {
                return "/";
            }
            return path.substring(contextPath.length());
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
