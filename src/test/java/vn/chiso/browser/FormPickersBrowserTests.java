package vn.chiso.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.user.Role;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan forms as a coordinator fills them in: units and indicators found by typing without diacritics and shown
 * as chips, dates chosen in a calendar and written dd/mm/yyyy, the target form showing only the fields of its kind.
 * The forms are kept in target/screenshots at 375 and 1366 px for a person to look at.
 */
class FormPickersBrowserTests extends BrowserTestSupport {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Autowired
    TestData data;
    @Autowired
    PlanFixtures plans;

    @Test
    void aCoordinatorFindsUnitsAndIndicatorsByTypingPicksADeadlineAndSeesThemOnThePlan() throws Exception {
        PlanView plan = plans.plan(2023, 2023, "PAPI");
        signIn(data.account(Role.COORDINATOR).username(), TestData.PASSWORD);
        page.navigate(url("/plans/" + plan.id() + "/tasks/new"));

        page.getByLabel("Mục").fill("II.2.a");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nhiệm vụ").setExact(true))
                .fill("Công khai kết quả PAPI trên cổng thông tin");
        pick("lead", "noi vu", "Sở Nội vụ");

        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Phối hợp")).fill("tu phap");
        assertThat(option("coordinatingUnitIds", "Sở Tư pháp")).isVisible();
        assertThat(option("coordinatingUnitIds", "Sở Tài chính")).hasCount(0);
        option("coordinatingUnitIds", "Sở Tư pháp").click();
        pick("coordinatingUnitIds", "tai chinh", "Sở Tài chính");
        pick("coordinatingUnitIds", "van phong uy ban", "Văn phòng Ủy ban nhân dân tỉnh");
        assertThat(chips("coordinatingUnitIds")).hasCount(3);
        chips("coordinatingUnitIds").nth(2).getByTitle("Bỏ chọn").click();
        assertThat(chips("coordinatingUnitIds")).hasCount(2);
        assertThat(chips("coordinatingUnitIds").nth(0)).containsText("Sở Tư pháp");
        assertThat(chips("coordinatingUnitIds").nth(1)).containsText("Sở Tài chính");
        assertThat(page.locator("#coordinating-help")).containsText("\"tu phap\"");

        pick("indicatorIds", "cong khai ngan sach", "PAPI.D2.3 Công khai thu, chi ngân sách cấp xã");
        pick("indicatorIds", "dich vu cong", "PAPI.D6 Cung ứng dịch vụ công");
        assertThat(chips("indicatorIds")).hasCount(2);

        // the plan is for 2023 only: the calendar opens within it
        page.getByLabel("Thời hạn").click();
        Locator calendar = page.locator(".flatpickr-calendar.open");
        calendar.locator(".flatpickr-monthDropdown-months").selectOption("5");
        assertThat(calendar.locator(".cur-year")).hasValue("2023");
        calendar.getByLabel("30/06/2023").click();
        assertThat(page.getByLabel("Thời hạn")).hasValue("30/06/2023");

        shoot("task-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        Locator task = page.locator(".task-group[data-section='II.2.a']");
        assertThat(task.locator(".leads")).containsText("Sở Nội vụ");
        assertThat(task.locator(".coordinating")).containsText("Sở Tư pháp");
        assertThat(task.locator(".coordinating")).containsText("Sở Tài chính");
        assertThat(task.locator(".indicators")).containsText("PAPI.D2.3, PAPI.D6");
        assertThat(task.locator(".deadline")).hasText("Hạn 30/06/2023");
    }

    @Test
    void theTargetFormShowsOnlyTheFieldsOfTheChosenKindWithLabelsThatSayWhatTheyMean() throws Exception {
        PlanView plan = plans.plan(2023, 2023, "PAPI");
        signIn(data.account(Role.COORDINATOR).username(), TestData.PASSWORD);
        page.navigate(url("/plans/" + plan.id() + "/targets/new"));
        Locator value = page.locator("#value-field");
        Locator group = page.locator("#group-field");
        Locator children = page.locator("#childCount-field");

        assertThat(page.getByLabel("Đạt từ … điểm trở lên (theo thang điểm của chỉ tiêu)")).isVisible();
        assertThat(group).isHidden();
        assertThat(children).isHidden();

        kind("Thuộc nhóm … trở lên").check();
        assertThat(value).isHidden();
        assertThat(page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Thuộc nhóm … trở lên")
                .setExact(true))).isVisible();
        assertThat(children).isHidden();

        kind("Ít nhất … chỉ tiêu con thuộc nhóm … trở lên").check();
        assertThat(page.getByLabel("Các chỉ tiêu con thuộc nhóm … trở lên")).isVisible();
        assertThat(page.getByLabel("Số chỉ tiêu con ít nhất … (để trống: tất cả)")).isVisible();
        assertThat(value).isHidden();

        kind("Điểm cao hơn năm trước").check();
        assertThat(page.getByLabel("Cao hơn năm trước ít nhất … điểm (0: chỉ cần cao hơn)")).isVisible();
        assertThat(group).isHidden();

        kind("Xếp hạng từ … trở lên").check();
        Locator rank = page.getByLabel("Thuộc nhóm … tỉnh, thành phố đứng đầu (hạng ≤)");
        assertThat(rank).isVisible();
        assertThat(group).isHidden();
        assertThat(children).isHidden();
        assertThat(page.getByText("Giá trị là điểm (45,00), thứ hạng (30)")).isHidden();

        pick("indicatorId", "hieu qua quan tri", "PAPI Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh");
        rank.fill("30");
        page.getByLabel("Năm (hoặc năm đầu)").fill("2023");
        shoot("target-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã thêm mục tiêu.");
        assertThat(page.locator("#target-table .promise")).hasText("Xếp hạng từ 30 trở lên");
    }

    @Test
    void aDatePickedInTheCalendarShowsAsDayMonthYearAndAMistypedOneComesBackAsTyped() {
        PlanView plan = plans.plan(2023, 2023, "PAPI");
        signIn(data.account(Role.COORDINATOR).username(), TestData.PASSWORD);
        page.navigate(url("/plans/" + plan.id() + "/edit"));
        Locator issued = page.getByLabel("Ngày ban hành");
        assertThat(issued).hasValue("15/01/2023");

        issued.click();
        Locator calendar = page.locator(".flatpickr-calendar.open");
        assertThat(calendar.locator(".flatpickr-monthDropdown-months")).hasValue("0");
        calendar.locator(".flatpickr-monthDropdown-months").selectOption("1");
        calendar.getByLabel("03/02/2023").click();
        assertThat(issued).hasValue("03/02/2023");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(page.getByText("Kế hoạch số " + plan.number() + " ngày 03/02/2023")).isVisible();

        page.navigate(url("/plans/" + plan.id() + "/edit"));
        issued.fill("31/02/2023");
        issued.press("Tab");
        assertThat(issued).hasValue("31/02/2023");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(issued).hasValue("31/02/2023");
        assertThat(page.locator("#issueDate-error")).hasText(
                "Ngày không hợp lệ; viết theo dạng ngày/tháng/năm, ví dụ 30/06/2023.");
    }

    @Test
    void aOneOffReportingDateIsPickedWhileAYearlyRuleAsksForDayAndMonth() {
        PlanView plan = plans.plan(2023, 2024, "PAPI");
        signIn(data.account(Role.COORDINATOR).username(), TestData.PASSWORD);
        page.navigate(url("/plans/" + plan.id() + "/rules"));

        page.getByLabel("Hằng năm", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(page.getByLabel("Ngày (một lần)")).isHidden();
        assertThat(page.getByLabel("Tháng", new Page.GetByLabelOptions().setExact(true))).isVisible();

        page.getByLabel("Một lần", new Page.GetByLabelOptions().setExact(true)).check();
        assertThat(page.getByLabel("Tháng", new Page.GetByLabelOptions().setExact(true))).isHidden();
        page.getByLabel("Tên kỳ báo cáo").fill("Báo cáo sơ kết");
        page.getByLabel("Ngày (một lần)").click();
        Locator calendar = page.locator(".flatpickr-calendar.open");
        calendar.locator(".flatpickr-monthDropdown-months").selectOption("8");
        calendar.locator(".cur-year").fill("");
        calendar.locator(".cur-year").pressSequentially("2024");
        calendar.getByLabel("27/09/2024").click();
        assertThat(page.getByLabel("Ngày (một lần)")).hasValue("27/09/2024");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Thêm quy định")).click();

        assertThat(page.locator("#periods")).containsText("27/09/2024");
    }

    @Test
    void withoutJavaScriptThePlainFieldsWork() {
        PlanView plan = plans.plan(2023, 2023, "PAPI");
        try (BrowserContext plain = context.browser().newContext(contextOptions().setJavaScriptEnabled(false))) {
            Page form = plain.newPage();
            form.navigate(url("/login"));
            form.getByLabel("Tên đăng nhập").fill(data.account(Role.COORDINATOR).username());
            form.getByLabel("Mật khẩu").fill(TestData.PASSWORD);
            form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

            form.navigate(url("/plans/" + plan.id() + "/targets/new"));
            assertThat(form.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Giá trị").setExact(true)))
                    .isVisible();
            assertThat(form.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Nhóm").setExact(true)))
                    .isVisible();
            assertThat(form.getByRole(AriaRole.SPINBUTTON,
                    new Page.GetByRoleOptions().setName("Số chỉ tiêu con").setExact(true))).isVisible();

            form.navigate(url("/plans/" + plan.id() + "/tasks/new"));
            assertThat(form.locator("#coordinating-help")).hasText("Giữ Ctrl (hoặc Cmd) để chọn nhiều.");
            form.getByLabel("Mục").fill("II.3");
            form.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Nhiệm vụ").setExact(true))
                    .fill("Tuyên truyền kết quả PAPI");
            form.getByLabel("Chủ trì").selectOption(new SelectOption().setLabel("Sở Nội vụ"));
            form.getByLabel("Phối hợp").selectOption(new SelectOption[] {new SelectOption().setLabel("Sở Tư pháp")});
            form.getByLabel("Thời hạn").fill("30/9/2023");
            form.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

            Locator task = form.locator(".task-group[data-section='II.3']");
            assertThat(task.locator(".coordinating")).containsText("Sở Tư pháp");
            assertThat(task.locator(".deadline")).hasText("Hạn 30/09/2023");
        }
    }

    /** A kind of target by its name, whatever example follows it. */
    private Locator kind(String name) {
        return page.getByRole(AriaRole.RADIO,
                new Page.GetByRoleOptions().setName(Pattern.compile("^" + name + " ")));
    }

    /** Types into a picker and chooses the option of that name. */
    private void pick(String select, String typed, String name) {
        page.locator("#" + select + "-ts-control").fill(typed);
        option(select, name).click();
    }

    /** An option of a picker's open list (the plain select behind it keeps its own, hidden). */
    private Locator option(String select, String name) {
        return page.locator("#" + select + "-ts-dropdown")
                .getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private Locator chips(String select) {
        return page.locator("#" + select + " + .ts-wrapper .ts-control > .item");
    }

    /** The whole page at a desktop's and a phone's width, neither of which scrolls sideways. */
    private void shoot(String name) throws Exception {
        Files.createDirectories(SHOTS);
        page.setViewportSize(1366, 900);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-1366.png")).setFullPage(true));
        page.setViewportSize(375, 812);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-375.png")).setFullPage(true));
        assertThat(page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).isEqualTo(0);
        page.setViewportSize(1280, 720);
    }
}
