package vn.chiso.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.HttpBrowser;
import vn.chiso.TestData;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * What the servlet container answers around the pages: redirects that never name the host a request claims, cookies
 * a script cannot read (and only sent back over HTTPS when the request came that way), and {@code /error} asked for
 * directly is a page that does not exist.
 */
@ChisoTest
class RedirectsCookiesAndErrorPageTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestData data;

    @Test
    void aRequestForAnotherHostIsNeverRedirectedToThatHost() throws IOException {
        for (String path : List.of("/", "/plans", "/reports/1/edit", "/login?lang=en")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
            assertThat(answer).as(path).doesNotContainIgnoringCase("evil.example");
        }
        String signIn = raw("POST /login HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 27\r\n\r\n"
                + "username=x&password=y&_csrf");
        assertThat(signIn).startsWith("HTTP/1.1 ").doesNotContainIgnoringCase("evil.example");
        String anonymous = raw("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(anonymous).startsWith("HTTP/1.1 302").contains("\r\nLocation: /login\r\n");
    }

    @Test
    void theLanguageCookieIsHttpOnlyAndSecureOverHttps() {
        MvcTestResult plain = mvc.get().uri("/login?lang=en").exchange();
        Cookie language = plain.getResponse().getCookie("chiso-lang");
        assertThat(language).isNotNull();
        assertThat(language.isHttpOnly()).isTrue();
        assertThat(language.getSecure()).isFalse();

        MvcTestResult secure = mvc.get().uri("/login?lang=en").secure(true).exchange();
        assertThat(secure.getResponse().getCookie("chiso-lang").isHttpOnly()).isTrue();
        assertThat(secure.getResponse().getCookie("chiso-lang").getSecure()).isTrue();
    }

    @Test
    void everyCookieOfARealSignInIsHttpOnly() {
        HttpBrowser browser = new HttpBrowser(port);
        List<String> cookies = new java.util.ArrayList<>();
        for (String page : List.of("/login?lang=en", "/login?lang=vi", "/nowhere?lang=en")) {
            cookies.addAll(browser.get(page).headers().allValues(HttpHeaders.SET_COOKIE));
        }
        assertThat(cookies).allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; HttpOnly")
                .doesNotContainIgnoringCase("; Secure"));
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("chiso-lang=en"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("chiso-lang=vi"));
    }

    @Test
    void errorAskedForDirectlyIsNotFoundForAnyone() throws IOException {
        String anonymous = raw("GET /error HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(anonymous).startsWith("HTTP/1.1 404").contains("Không tìm thấy trang");
        UserRow officer = data.account(Role.OFFICER);
        assertThat(mvc.get().uri("/error").with(as(officer))).hasStatus(404);
        assertThat(mvc.post().uri("/error").with(as(officer)).with(csrf())).hasStatus(404);
    }

    /** Sends {@code request} as it is, bytes and all, and returns the whole answer. */
    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
