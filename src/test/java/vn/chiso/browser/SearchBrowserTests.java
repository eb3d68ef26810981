package vn.chiso.browser;

import java.nio.file.Path;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Typing into the menu's search box and following a result, on a desktop and on a phone. */
class SearchBrowserTests extends BrowserTestSupport {

    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @Test
    void aCoordinatorOnADesktopFindsAUnitTypedWithoutDiacriticsAndOpensIt() {
        page.setViewportSize(1366, 800);
        signIn("noivu", "chiso-demo");
        Locator box = page.locator("header").getByRole(AriaRole.SEARCHBOX,
                new Locator.GetByRoleOptions().setName("Tìm kiếm"));
        box.fill("tu pha");
        box.press("Enter");

        assertThat(page.locator("h1")).hasText("Kết quả cho “tu pha”");
        assertThat(box).hasValue("tu pha");
        fitsTheWidth();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-1366.png")).setFullPage(true));

        page.locator("#found-units a.search-match").first().click();
        assertThat(page.locator("h1")).hasText("Sở Tư pháp");
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/units/\\d+/tasks$"));
    }

    @Test
    void anOfficerOnAPhoneFindsTheirUnitsReportByItsNumberAndOpensIt() {
        page.setViewportSize(375, 740);
        signIn("tuphap", "chiso-demo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở menu")).click();
        Locator box = page.locator("header").getByRole(AriaRole.SEARCHBOX,
                new Locator.GetByRoleOptions().setName("Tìm kiếm"));
        assertThat(box).isVisible();
        page.locator("#main-nav.show").waitFor();
        page.waitForTimeout(400);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-375-menu.png")));
        box.fill("1876");
        page.locator("header form[role=search] button").click();

        assertThat(page.locator("h1")).hasText("Kết quả cho “1876”");
        assertThat(page.getByLabel("Tìm kế hoạch, nhiệm vụ, đơn vị hoặc báo cáo")).hasValue("1876");
        Locator report = page.locator("#found-reports a.search-match");
        assertThat(report).hasCount(1);
        assertThat(report).containsText("Báo cáo số 1876/STP-VP");
        fitsTheWidth();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-375.png")).setFullPage(true));

        report.click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/reports/\\d+$"));
        assertThat(page.locator("main")).containsText("1876/STP-VP");
    }

    @Test
    void aLongListOfResultsFitsAPhone() {
        page.setViewportSize(375, 740);
        signIn("lanhdao", "chiso-demo");
        page.navigate(url("/search?q=ke+hoach"));
        assertThat(page.locator("#found-plans a.search-match").first()).isVisible();
        fitsTheWidth();
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-375-plans.png"))
                .setFullPage(true));
        page.setViewportSize(1366, 800);
        page.navigate(url("/search?q=ke+hoach"));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("search-1366-plans.png"))
                .setFullPage(true));
        fitsTheWidth();
    }

    private void fitsTheWidth() {
        Object sideways = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(sideways).as("the page scrolls sideways").isEqualTo(false);
    }
}
