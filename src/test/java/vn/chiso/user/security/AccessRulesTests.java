package vn.chiso.user.security;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.unit.UnitKind;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** Each role reaches its pages and is refused the others; what no rule names is refused; a leader changes nothing. */
@ChisoTest
class AccessRulesTests {

    private static final List<String> ADMIN_PAGES = List.of("/admin/units", "/admin/units/new", "/admin/users",
            "/admin/users/new");
    private static final List<String> EVERYONES_PAGES = List.of("/", "/account/password");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private Map<Role, UserRow> accounts;

    @BeforeEach
    void accounts() {
        accounts = Map.of(Role.ADMIN, data.account(Role.ADMIN), Role.COORDINATOR, data.account(Role.COORDINATOR),
                Role.OFFICER, data.account(Role.OFFICER), Role.LEADER, data.account(Role.LEADER));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        Stream.concat(EVERYONES_PAGES.stream(), ADMIN_PAGES.stream()).forEach(page ->
                assertThat(mvc.get().uri(page)).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login"));
        assertThat(mvc.get().uri("/login")).hasStatusOk();
    }

    @Test
    void everyRoleReachesItsHomeAndPasswordPage() {
        accounts.values().forEach(account -> EVERYONES_PAGES.forEach(page ->
                assertThat(mvc.get().uri(page).with(as(account))).as(account.role() + " " + page).hasStatusOk()));
    }

    @Test
    void onlyAdministratorsReachTheAdministrationPages() {
        long unitId = data.unit(UnitKind.DEPARTMENT).id();
        List<String> pages = Stream.concat(ADMIN_PAGES.stream(),
                Stream.of("/admin/units/" + unitId + "/edit", "/admin/users/" + accounts.get(Role.OFFICER).id() + "/edit"))
                .toList();
        for (String page : pages) {
            assertThat(mvc.get().uri(page).with(as(accounts.get(Role.ADMIN)))).as(page).hasStatusOk();
            for (Role role : List.of(Role.COORDINATOR, Role.OFFICER, Role.LEADER)) {
                assertThat(mvc.get().uri(page).with(as(accounts.get(role)))).as(role + " " + page)
                        .hasStatus(HttpStatus.FORBIDDEN);
            }
        }
    }

    @Test
    void aUrlServedButNamedByNoRuleIsRefusedToEveryone() {
        accounts.values().forEach(account ->
                assertThat(mvc.get().uri("/unstated-in-security").with(as(account))).as(account.role().name())
                        .hasStatus(HttpStatus.FORBIDDEN));
    }

    @Test
    void aPageThatDoesNotExistIsNotFoundForASignedInUser() {
        assertThat(mvc.get().uri("/khong-co-trang-nay").with(as(accounts.get(Role.OFFICER))))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/khong-co-trang-nay")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
    }

    /** Every POST the application serves, found from its handler mappings, so that new ones are covered too. */
    @Test
    void aLeaderCanPostNothingButTheirOwnPasswordAndSignOut() {
        String anId = String.valueOf(accounts.get(Role.OFFICER).id());
        List<String> posts = handlers.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .flatMap(info -> info.getPatternValues().stream())
                .map(pattern -> pattern.replaceAll("\\{[^}]+}", anId))
                .filter(path -> !path.equals("/account/password"))
                .toList();
        assertThat(posts).contains("/admin/units", "/admin/users", "/admin/users/" + anId + "/password");

        UserRow leader = accounts.get(Role.LEADER);
        posts.forEach(path -> assertThat(mvc.post().uri(path).with(as(leader)).with(csrf()))
                .as("POST " + path).hasStatus(HttpStatus.FORBIDDEN));
        assertThat(mvc.post().uri("/account/password").with(as(leader)).with(csrf())
                .param("currentPassword", "sai").param("newPassword", "").param("confirmPassword", ""))
                .hasStatusOk();
        assertThat(mvc.post().uri("/logout").with(as(leader)).with(csrf()))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login?logout");
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefused() {
        UserRow admin = accounts.get(Role.ADMIN);
        String code = TestData.unique("CSRF");
        assertThat(mvc.post().uri("/admin/units").with(as(admin))
                .param("code", code).param("name", "Không token").param("shortName", "KT").param("kind", "DEPARTMENT"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/units").with(as(admin)).with(csrf().useInvalidToken())
                .param("code", code).param("name", "Token sai").param("shortName", "KT").param("kind", "DEPARTMENT"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/admin/units").with(as(admin)).with(csrf())
                .param("code", code).param("name", "Có token").param("shortName", "KT").param("kind", "DEPARTMENT"))
                .hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/units");
        assertThat(mvc.post().uri("/login").param("username", "admin").param("password", "chiso-demo"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        assertThat(mvc.get().uri("/login")).hasStatusOk()
                .headers()
                .hasValue("X-Content-Type-Options", "nosniff")
                .hasValue("Referrer-Policy", "strict-origin-when-cross-origin")
                .hasValue("X-Frame-Options", "DENY")
                .hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(SecurityConfiguration.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("unsafe-eval");
    }

    @Test
    void onlyTheHealthEndpointOfActuatorIsOpen() {
        assertThat(mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/env").with(as(accounts.get(Role.ADMIN)))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/actuator/beans")).hasStatus(HttpStatus.FOUND);
    }
}
