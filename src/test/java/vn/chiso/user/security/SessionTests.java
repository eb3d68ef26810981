package vn.chiso.user.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.ChisoTest;
import vn.chiso.HttpBrowser;
import vn.chiso.TestData;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions and cookies over real HTTP: what a browser stores, what PostgreSQL keeps, what ends a session. */
@ChisoTest
class SessionTests {

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    UserService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> login = new HttpBrowser(port).get("/login");
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies).filteredOn(cookie -> cookie.startsWith("SESSION=")).singleElement()
                .satisfies(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/"));
    }

    @Test
    void signingInGivesANewSessionIdAndTheOldIdIsWorthless() {
        UserRow officer = data.account(Role.OFFICER);
        HttpBrowser browser = new HttpBrowser(port);
        browser.get("/login");
        String before = browser.cookie("SESSION");
        assertThat(before).isNotNull();

        assertThat(browser.signIn(officer.username(), TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/"));
        String after = browser.cookie("SESSION");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpBrowser attacker = new HttpBrowser(port);
        attacker.useSession(before);
        assertThat(attacker.get("/").statusCode()).as("the pre-login session id does not sign anyone in").isEqualTo(302);
    }

    @Test
    void sessionsAreKeptInPostgresUnderTheUsersName() {
        UserRow leader = data.account(Role.LEADER);
        HttpBrowser browser = signedIn(leader);
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                leader.username())).isEqualTo(1);

        browser.submit("/", "/logout", java.util.Map.of());
        assertThat(jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                leader.username())).isZero();
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsAtOnce() {
        UserRow officer = data.account(Role.OFFICER);
        HttpBrowser browser = signedIn(officer);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        UserRow admin = data.account(Role.ADMIN);
        users.deactivate(officer.id(), new CurrentUser(admin.id(), admin.username(), admin.fullName(), Role.ADMIN,
                null, null));

        assertThat(browser.get("/").statusCode()).isEqualTo(302);
        assertThat(browser.signIn(officer.username(), TestData.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
    }

    @Test
    void anUnknownPageShowsTheVietnamese404Page() {
        UserRow officer = data.account(Role.OFFICER);
        HttpResponse<String> page = signedIn(officer).get("/khong-co-trang-nay");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy trang").contains(officer.fullName());
    }

    @Test
    void aForbiddenPageShowsTheVietnamese403Page() {
        HttpResponse<String> page = signedIn(data.account(Role.OFFICER)).get("/admin/users");
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("Không có quyền truy cập");
    }

    @Test
    void aFailureShowsTheErrorPageWithoutAnyInternals() {
        HttpResponse<String> page = signedIn(data.account(Role.ADMIN)).get("/admin/failing-for-test");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("Đã có lỗi xảy ra")
                .doesNotContain("secret-detail-for-500-test")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at vn.chiso")
                .doesNotContain("Whitelabel");
    }

    /**
     * Tabs opened at once right after signing in: each request adds the session's CSRF token, and the second insert
     * of that attribute used to fail on the first's key (13 of 14 answered 500).
     */
    @Test
    void requestsSentAtOnceOnANewSessionAllAnswer() throws Exception {
        UserRow coordinator = data.account(Role.COORDINATOR);
        String session = signedIn(coordinator).cookie("SESSION");
        ExecutorService tabs = Executors.newFixedThreadPool(14);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String page : List.of("/", "/plans", "/queue", "/indices", "/dashboard", "/assessments",
                    "/account/password", "/", "/plans", "/queue", "/indices", "/dashboard", "/", "/plans")) {
                answers.add(tabs.submit(() -> {
                    HttpBrowser tab = new HttpBrowser(port);
                    tab.useSession(session);
                    return tab.get(page).statusCode();
                }));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void englishIsChosenWithLangAndRemembered() {
        HttpBrowser browser = new HttpBrowser(port);
        assertThat(browser.get("/login").body()).contains("Đăng nhập").contains("lang=\"vi\"");
        assertThat(browser.get("/login?lang=en").body()).contains("Sign in").contains("lang=\"en\"");
        assertThat(browser.get("/login").body()).contains("Sign in");
        assertThat(browser.get("/login?lang=vi").body()).contains("Đăng nhập");
    }

    private HttpBrowser signedIn(UserRow account) {
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(account.username(), TestData.PASSWORD);
        return browser;
    }
}
