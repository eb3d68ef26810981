package vn.chiso.system;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserSearch;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * The header's menu for each demo account: it shows what that role may open and nothing else, and every link in it
 * opens (no dead link, no refused one; a landing page may send on to the role's own page, which must open).
 */
@ChisoTest
class NavigationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserService users;

    @Test
    void eachDemoRoleSeesOnlyTheLinksItMayOpen() {
        UserRow officer = demo("taichinh");
        Map<String, List<String>> menus = Map.of(
                "admin", List.of("/", "/indices", "/outbox", "/admin/units", "/admin/users", "/account/password"),
                "noivu", List.of("/", "/indices", "/plans", "/queue", "/assessments", "/outbox", "/account/password"),
                "taichinh", List.of("/", "/dashboard", "/indices", "/plans", "/units/" + officer.unitId() + "/tasks",
                        "/units/" + officer.unitId() + "/reports", "/assessments", "/account/password"),
                "lanhdao", List.of("/", "/indices", "/plans", "/assessments", "/account/password"));

        menus.forEach((username, expected) -> assertThat(menu(demo(username))).as(username)
                .containsExactlyInAnyOrderElementsOf(expected));
        assertThat(menu(demo("lanhdao"))).noneMatch(link -> link.startsWith("/admin") || link.equals("/outbox"));
        assertThat(menu(officer)).noneMatch(link -> link.startsWith("/admin") || link.equals("/outbox"));
    }

    @Test
    void everyLinkInEachDemoRolesMenuOpensForThatRole() {
        for (String username : List.of("admin", "noivu", "taichinh", "lanhdao")) {
            UserRow account = demo(username);
            for (String link : menu(account)) {
                assertThat(open(link, account)).as(username + " opens " + link).isEqualTo(200);
            }
        }
    }

    /** The status of the page a link ends on, following the application's own redirects and forwards. */
    private int open(String link, UserRow account) {
        String target = link;
        for (int hop = 0; hop < 3; hop++) {
            MvcTestResult result = mvc.get().uri(target).with(as(account)).exchange();
            MockHttpServletResponse response = result.getResponse();
            if (response.getStatus() == 302 && response.getRedirectedUrl() != null
                    && response.getRedirectedUrl().startsWith("/")) {
                target = response.getRedirectedUrl();
            } else if (response.getStatus() == 200 && response.getForwardedUrl() != null) {
                target = response.getForwardedUrl();
            } else {
                return response.getStatus();
            }
        }
        throw new AssertionError(link + " keeps redirecting");
    }

    /** The links of the header (brand and menu) on a page every role may open. */
    private List<String> menu(UserRow account) {
        String page = Pages.html(mvc.get().uri("/account/password").with(as(account)).exchange());
        return Jsoup.parse(page).select("header a[href]").eachAttr("href").stream().distinct().toList();
    }

    private UserRow demo(String username) {
        return users.search(new UserSearch(username, null, null, false), Pageable.unpaged()).stream()
                .filter(row -> row.username().equals(username)).findFirst().orElseThrow();
    }
}
