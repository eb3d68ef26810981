package vn.chiso.system;

import java.net.http.HttpResponse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.HttpBrowser;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * The footer's "Tiếng Việt · English" links always lead to a page that answers a GET: the same page with its
 * filters for a page shown by a GET, the page a form was sent from for a form sent back with mistakes.
 */
@ChisoTest
class LanguageSwitchTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @LocalServerPort
    int port;

    private UserRow admin;

    @BeforeEach
    void admin() {
        admin = data.account(Role.ADMIN);
    }

    @Test
    void aPageShownByAGetSwitchesToItselfKeepingItsFilters() {
        Document page = page(mvc.get().uri("/admin/users?q=tai&lang=vi&inactive=true").with(as(admin)).exchange());

        assertThat(link(page, "vi")).isEqualTo("/admin/users?q=tai&inactive=true&lang=vi");
        assertThat(link(page, "en")).isEqualTo("/admin/users?q=tai&inactive=true&lang=en");
        MvcTestResult english = mvc.get().uri(link(page, "en")).with(as(admin)).exchange();
        assertThat(english).hasStatusOk();
        assertThat(page(english).select("h1").text()).isEqualTo("Users");
        assertThat(page(english).select("main input[name=q]").val()).isEqualTo("tai");
    }

    @Test
    void aUnitFormSentBackWithMistakesSwitchesOnTheFormPageItWasSentFrom() {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        String formPage = "/admin/units/" + unit.id() + "/edit";
        MvcTestResult sentBack = mvc.post().uri("/admin/units/{id}", unit.id()).with(as(admin)).with(csrf())
                .header("Referer", "http://localhost" + formPage)
                .param("code", unit.code()).param("name", "").param("shortName", unit.shortName())
                .param("kind", "DEPARTMENT").exchange();
        assertThat(sentBack).hasStatusOk().bodyText().contains("is-invalid");

        Document page = page(sentBack);
        assertThat(link(page, "en")).isEqualTo(formPage + "?lang=en");
        assertThat(mvc.get().uri(link(page, "en")).with(as(admin))).hasStatusOk().bodyText().contains("Edit unit");
    }

    @Test
    void anAccountFormSentBackAgainFromItsOwnAddressSwitchesOnTheHomePage() {
        UserRow officer = data.account(Role.OFFICER);
        String postedTo = "/admin/users/" + officer.id();
        // the second try: the page the form was sent from is itself the answer to a POST, which has no GET
        MvcTestResult sentBack = mvc.post().uri(postedTo).with(as(admin)).with(csrf())
                .header("Referer", "http://localhost" + postedTo)
                .param("fullName", "").param("role", "OFFICER").param("unitId", String.valueOf(officer.unitId()))
                .exchange();
        assertThat(sentBack).hasStatusOk();
        assertThat(mvc.get().uri(postedTo).with(as(admin)).exchange().getResponse().getStatus())
                .as("the address the form was posted to answers no GET").isNotEqualTo(200);

        Document page = page(sentBack);
        assertThat(link(page, "en")).isEqualTo("/?lang=en");
        assertThat(mvc.get().uri(link(page, "en")).with(as(admin))).hasStatusOk();
    }

    @Test
    void aFormSentBackWithoutARefererOrFromAnotherSiteSwitchesOnTheHomePage() {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        String formPage = "/admin/units/" + unit.id() + "/edit";
        for (String referer : new String[] {null, "https://elsewhere.example" + formPage}) {
            var request = mvc.post().uri("/admin/units/{id}", unit.id()).with(as(admin)).with(csrf())
                    .param("code", unit.code()).param("name", "").param("shortName", unit.shortName())
                    .param("kind", "DEPARTMENT");
            if (referer != null) {
                request.header("Referer", referer);
            }
            Document page = page(request.exchange());
            assertThat(link(page, "vi")).as("referer %s", referer).isEqualTo("/?lang=vi");
            assertThat(link(page, "en")).as("referer %s", referer).isEqualTo("/?lang=en");
        }
    }

    @Test
    void theLoginPageSwitchesToItself() {
        Document page = page(mvc.get().uri("/login?error").exchange());
        assertThat(link(page, "en")).isEqualTo("/login?error&lang=en");
        assertThat(mvc.get().uri(link(page, "en"))).hasStatusOk().bodyText().contains("Sign in");
    }

    /** The servlet container renders the 404 page at /error; the links still name the address that was asked for. */
    @Test
    void theNotFoundPageSwitchesToTheAddressThatWasAskedFor() {
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(admin.username(), TestData.PASSWORD);
        HttpResponse<String> notFound = browser.get("/khong-co-trang-nay?trang=2");
        assertThat(notFound.statusCode()).isEqualTo(404);

        String english = link(Jsoup.parse(notFound.body()), "en");
        assertThat(english).isEqualTo("/khong-co-trang-nay?trang=2&lang=en");
        assertThat(Jsoup.parse(notFound.body()).select("h1").text()).isEqualTo("Không tìm thấy trang");
        assertThat(Jsoup.parse(browser.get(english).body()).select("h1").text()).isEqualTo("Page not found");
    }

    private static Document page(MvcTestResult result) {
        return Jsoup.parse(Pages.html(result));
    }

    private static String link(Document page, String language) {
        return page.select("footer a[lang=" + language + "]").attr("href");
    }
}
