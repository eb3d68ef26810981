package vn.chiso.browser;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.chiso.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A coordinator enters a plan as the document gives it and sees at once where its target stands. */
class PlanBrowserTests extends BrowserTestSupport {

    @Test
    void aCoordinatorCreatesAPlanWithATargetAndATaskAndSeesTheFlag() {
        signIn("noivu", "chiso-demo");
        page.navigate(url("/plans"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm kế hoạch")).click();

        String number = TestData.unique("77/KH-UBND-");
        page.getByLabel("Số kế hoạch").fill(number);
        page.getByLabel("Ngày ban hành").fill("01/03/2022");
        page.getByLabel("Cơ quan ban hành").fill("Ủy ban nhân dân tỉnh Khánh Hòa");
        page.getByLabel("Tên kế hoạch").fill("Nâng cao Chỉ số PAPI năm 2022");
        page.getByLabel("Từ năm").fill("2022");
        page.getByLabel("Đến năm").fill("2022");
        page.getByLabel("PAPI", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Trạng thái").selectOption("IN_FORCE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm kế hoạch " + number + ".");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm mục tiêu")).click();
        page.locator("#indicatorId-ts-control").fill("PAPI");
        page.locator("#indicatorId-ts-dropdown").getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions()
                .setName("PAPI Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh")).click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(Pattern.compile("^Đạt từ … điểm trở lên ")))
                .check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions()
                .setName("Đạt từ … điểm trở lên (theo thang điểm của chỉ tiêu)")).fill("45,00");
        page.getByLabel("Năm (hoặc năm đầu)").fill("2022");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        var flagged = page.locator("#target-table tr[data-status='BELOW_TARGET']");
        assertThat(flagged).hasCount(1);
        assertThat(flagged.locator(".status")).containsText("Chưa đạt");
        assertThat(flagged.locator(".reached")).hasText("43,44");
        assertThat(flagged.locator(".gap")).hasText("1,56 điểm");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm nhiệm vụ")).click();
        page.locator("#section").fill("II.1.a");
        page.locator("#deadline").fill("30/6/2022");
        page.locator("#text").fill("Công khai thu, chi ngân sách cấp xã");
        page.locator("#lead-ts-control").fill("tai chinh");
        page.locator("#lead-ts-dropdown").getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions()
                .setName("Sở Tài chính").setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        var task = page.locator(".task-group[data-section='II.1.a']");
        assertThat(task).containsText("Công khai thu, chi ngân sách cấp xã");
        assertThat(task.locator(".leads")).containsText("Sở Tài chính");
        assertThat(task.locator(".deadline")).hasText("Hạn 30/06/2022");
    }
}
