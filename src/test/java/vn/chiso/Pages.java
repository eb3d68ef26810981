package vn.chiso;

import java.nio.charset.StandardCharsets;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

/** A page's HTML with character references decoded (Thymeleaf writes "â" as "&amp;acirc;" in attributes). */
public final class Pages {

    private Pages() {
    }

    public static String html(MvcTestResult result) {
        try {
            return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
