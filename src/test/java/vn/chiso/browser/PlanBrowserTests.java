package vn.chiso.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
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
        page.locator("#indicatorId").selectOption(new SelectOption().setLabel(
                "PAPI Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh"));
        page.getByLabel("Điểm tối thiểu").check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Giá trị")).fill("45,00");
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
        page.locator("#lead").selectOption(new SelectOption().setLabel("Sở Tài chính"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        var task = page.locator(".task-group[data-section='II.1.a']");
        assertThat(task).containsText("Công khai thu, chi ngân sách cấp xã");
        assertThat(task.locator(".leads")).containsText("Sở Tài chính");
        assertThat(task.locator(".deadline")).hasText("Hạn 30/06/2022");
    }
}
