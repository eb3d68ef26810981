package vn.chiso;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with a cookie jar, for what MockMvc cannot show: real cookies and their attributes, sessions
 * stored in PostgreSQL, error pages rendered by the servlet container. Redirects are not followed.
 */
public final class HttpBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final String base;

    public HttpBrowser(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
    }

    /** Opens {@code page}, takes its CSRF token and posts {@code fields} to {@code action}, as a browser's form does. */
    public HttpResponse<String> submit(String page, String action, Map<String, String> fields) {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Opens {@code page} and sends its form to {@code action} as multipart/form-data with one file, the way a browser
     * does: the CSRF token among the fields and the page as the Referer.
     */
    public HttpResponse<String> upload(String page, String action, Map<String, String> fields, String fileField,
            String fileName, byte[] content) {
        Matcher token = CSRF.matcher(get(page).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        String boundary = "----chiso" + System.nanoTime();
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", token.group(1));
        StringBuilder head = new StringBuilder();
        form.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        // one array, so that the request states its length as a browser's does
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream(content.length + 1024);
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("Referer", base + page)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    public HttpResponse<String> signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    /** The value of a cookie this browser holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Replaces the session cookie, as someone who stole or guessed a session id would. */
    public void useSession(String sessionId) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("SESSION", sessionId);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().removeAll();
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
