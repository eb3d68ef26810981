package vn.chiso.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Vice-Chairman opens the dashboard on a phone before the meeting: everything fits the width, one tap opens an
 * index, the charts draw (no script blocked), and the page prints on A4. Screenshots and the PDF go to
 * target/screenshots for a person to look at.
 */
class DashboardBrowserTests extends BrowserTestSupport {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Override
    Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true);
    }

    @Test
    void aLeaderReadsTheDashboardOnAPhoneAndOpensAnIndex() throws Exception {
        Files.createDirectories(SHOTS);
        signIn("lanhdao", "chiso-demo");
        assertThat(page.locator("h1")).hasText("Các chỉ số so với mục tiêu năm 2023");
        var papi = page.locator("#card-PAPI");
        assertThat(papi.locator(".result-score")).hasText("43,44");
        assertThat(papi.locator("li.target-line[data-plan='6025/KH-UBND'][data-kind='SCORE_AT_LEAST'] .distance"))
                .containsText("1,56 điểm");
        assertThat(page.locator("#card-SIPAS")).hasAttribute("data-status", "BELOW_TARGET");
        assertThat(fitsTheWidth()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("leader-dashboard-375x812.png"))
                .setFullPage(true));

        papi.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("PAPI")).tap();
        assertThat(page.locator("h1")).hasText("PAPI năm 2023");
        page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).selectOption("2022");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).tap();
        assertThat(page.locator("h1")).hasText("PAPI năm 2022");
        assertThat(page.locator("#region-table tr[data-ours='true']")).containsText("Khánh Hòa");
        // Chart.js drew both charts: a script blocked by the Content-Security-Policy would leave them empty
        assertThat((Boolean) page.evaluate("() => [...document.querySelectorAll('canvas')]"
                + ".every(c => window.Chart && Chart.getChart(c) !== undefined)")).isTrue();
        assertThat(fitsTheWidth()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("leader-papi-375x812.png"))
                .setFullPage(true));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mục tiêu chưa đạt")).tap();
        assertThat(page.locator("h1")).hasText("Mục tiêu chưa đạt");
    }

    @Test
    void everyDashboardPrintsOnA4WithoutTheNavigation() throws Exception {
        Files.createDirectories(SHOTS);
        signIn("noivu", "chiso-demo");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("#card-PAPI")).isVisible();
        for (String dashboard : List.of("/dashboard", "/dashboard/indices/PAPI", "/dashboard/below-target?year=2022",
                "/dashboard/tasks", "/dashboard/timeliness")) {
            page.navigate(url(dashboard));
            assertThat(page.locator("header")).isHidden();
            assertThat(page.locator("form.dashboard-filters")).isHidden();
            assertThat(page.locator(".dashboard-tabs")).isHidden();
            assertThat(page.locator("h1")).isVisible();
            String name = dashboard.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
            byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setPrintBackground(true)
                    .setPath(SHOTS.resolve(name + "-a4.pdf")));
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).as(dashboard)
                    .isEqualTo("%PDF-");
        }
    }

    private boolean fitsTheWidth() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
