package vn.chiso.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sở Tư pháp's officer starts the day on a phone and on a desktop: the overdue guidance task of 6025/KH-UBND comes
 * first, one tap opens the plan with the unit's tasks marked, and the unit's reports put what is open first with the
 * later periods folded, each row's action in sight.
 * Nothing scrolls sideways. Screenshots go to target/screenshots for a person to look at.
 */
class OfficerHomeBrowserTests extends BrowserTestSupport {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void onAPhoneTheOfficerSeesTheOverdueTaskFirstAndOpensThePlanAndTheUnitsReports() throws Exception {
        walkThrough(375, 812);
    }

    @Test
    void onADesktopTheOfficerSeesTheOverdueTaskFirstAndOpensThePlanAndTheUnitsReports() throws Exception {
        walkThrough(1366, 768);
    }

    private void walkThrough(int width, int height) throws Exception {
        Files.createDirectories(SHOTS);
        page.setViewportSize(width, height);
        String size = width + "x" + height;
        signIn("tuphap", "chiso-demo");

        assertThat(page.locator("#todo .todo-item").first()).hasAttribute("data-kind", "overdue-tasks");
        Locator first = page.locator("#todo .todo-item[data-kind='overdue-tasks']",
                new Page.LocatorOptions().setHasText("6025/KH-UBND"));
        long days = ChronoUnit.DAYS.between(LocalDate.of(2023, 6, 30), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(first.locator(".overdue-task[data-section='II.1.b']"))
                .containsText("Hạn 30/06/2023, quá hạn " + days + " ngày");
        assertThat(first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa và gửi lại")))
                .isVisible();
        assertThat(fitsTheWidth()).as("home at " + size).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("officer-home-" + size + ".png"))
                .setFullPage(true));

        first.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("6025/KH-UBND")).click();
        assertThat(page.locator("h1")).containsText("Chỉ số Hiệu quả Quản trị và Hành chính công");
        Locator guidance = page.locator(".task-group[data-section='II.1.b'][data-own='LEAD']").first();
        assertThat(guidance.locator(".own-badge")).hasText("Đơn vị của bạn chủ trì");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sửa kế hoạch"))).hasCount(0);
        assertThat(fitsTheWidth()).as("plan at " + size).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("officer-plan-" + size + ".png"))
                .setFullPage(true));
        guidance.scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("officer-plan-tasks-" + size + ".png")));

        page.locator("#unit-reports").click();
        Locator returned = page.locator("#open-periods tbody tr", new Page.LocatorOptions().setHasText("6025/KH-UBND"));
        assertThat(returned).containsText("Bị trả lại");
        // the row's action is in sight without scrolling the table: on a phone the rows are stacked
        var action = returned.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa và gửi lại"))
                .boundingBox();
        assertThat(action.x + action.width).as("action of the returned report at " + size).isLessThanOrEqualTo(width);
        assertThat(page.locator("#future-periods tbody tr").first()).isHidden();
        assertThat(fitsTheWidth()).as("reports at " + size).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("officer-reports-" + size + ".png"))
                .setFullPage(true));
        page.locator("#future-periods summary").click();
        assertThat(page.locator("#future-periods tbody tr").first()).isVisible();
    }

    private boolean fitsTheWidth() {
        return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth");
    }
}
