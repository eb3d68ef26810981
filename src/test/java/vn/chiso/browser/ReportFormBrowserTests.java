package vn.chiso.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.EntryView;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.ReportView;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report form in Chromium: its document as signed (subject, signer, Nơi nhận, the signed PDF), a double click
 * on Gửi báo cáo, the largest real report (40 tasks with files), and its pages on a phone and a desktop.
 */
class ReportFormBrowserTests extends BrowserTestSupport {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int TASKS = 40;

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    TaskService tasks;
    @Autowired
    ProgressReports reports;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDoubleClickOnSendSendsOnceAndTheOfficerSeesTheReportSent() {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(10));
        signIn(setup.officerA().username(), TestData.PASSWORD);
        compose();
        page.getByLabel("Số văn bản").fill("3215/STC-VP");
        page.getByLabel("Ngày văn bản").fill("27/9/2023");
        page.locator("[name='entries[0].done']").fill("Đã quán triệt kế hoạch đến toàn thể công chức.");

        String action = page.locator("#report-form").getAttribute("action");
        AtomicInteger sent = new AtomicInteger();
        page.onRequest(request -> {
            if (request.method().equals("POST") && request.url().endsWith(action)) {
                sent.incrementAndGet();
            }
        });
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).dblclick();

        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi báo cáo đến Sở Nội vụ.");
        assertThat(page.locator(".report-status")).hasText("Đã gửi, chờ xem xét");
        assertThat(page.locator("body")).not().containsText("Người khác vừa lưu");
        assertThat(sent.get()).as("the form was sent once").isEqualTo(1);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lịch sử các phiên bản")).click();
        assertThat(page.locator(".version[data-event='SUBMITTED']")).hasCount(1);
    }

    @Test
    void theLargestReportOfFortyTasksWithFilesAndItsSignedPdfIsSavedAndSubmitted() {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        PlanView plan = plans.plan(LocalDate.now(VIETNAM).getYear(), LocalDate.now(VIETNAM).getYear(), "PAPI");
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo kết quả thực hiện",
                LocalDate.now(VIETNAM).plusDays(10), null, null, false));
        for (int i = 1; i <= TASKS; i++) {
            tasks.add(plan, new TaskForm("II." + (i + 9) / 10 + "." + i, "Nhiệm vụ số " + i + " của đơn vị", null,
                    null, true, "u:" + unit.id(), List.of(), List.of(), null));
        }
        signIn(officer.username(), TestData.PASSWORD);
        compose();
        assertThat(page.locator(".entry")).hasCount(TASKS);

        fillDocument();
        page.locator("#signedDocument").setInputFiles(pdf("3215-STC-VP-da-ky.pdf"));
        List<Integer> withFiles = List.of(0, 9, 19, 29, 39);
        for (int i = 0; i < TASKS; i++) {
            page.locator("[name='entries[" + i + "].status']").selectOption("IN_PROGRESS");
            page.locator("[name='entries[" + i + "].percent']").fill(String.valueOf(i + 10));
            page.locator("[name='entries[" + i + "].done']").fill("Kết quả của nhiệm vụ số " + (i + 1) + ".");
            if (withFiles.contains(i)) {
                page.locator(".entry").nth(i).locator("input[type='file']")
                        .setInputFiles(pdf("kiem-chung-" + (i + 1) + ".pdf"));
            }
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã lưu bản nháp.");

        ReportHeader header = reports.ofUnit(unit.id()).get(0);
        ReportView report = reports.view(header);
        List<EntryView> entries = report.entries();
        assertThat(entries).hasSize(TASKS);
        for (int i = 0; i < TASKS; i++) {
            assertThat(entries.get(i).done()).isEqualTo("Kết quả của nhiệm vụ số " + (i + 1) + ".");
            assertThat(entries.get(i).percent()).isEqualTo(i + 10);
            assertThat(entries.get(i).evidence()).hasSize(withFiles.contains(i) ? 1 : 0);
        }
        assertThat(entries.get(39).evidence().get(0).fileName()).isEqualTo("kiem-chung-40.pdf");
        assertThat(report.signedDocument().fileName()).isEqualTo("3215-STC-VP-da-ky.pdf");
        assertThat(header.signerName()).isEqualTo("Vĩnh Thông");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi báo cáo đến Sở Nội vụ.");
        ReportHeader sent = reports.header(header.id());
        assertThat(sent.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(evidenceOf(reports.view(sent))).isEqualTo(withFiles.size());
        assertThat(page.locator("#document .signed-document a")).hasText("3215-STC-VP-da-ky.pdf");
        assertThat(page.locator(".entry .evidence-file")).hasCount(withFiles.size());
    }

    @Test
    void theReportFormPageAndReviewPageFitAPhoneAndADesktop() {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(10));
        signIn(setup.officerA().username(), TestData.PASSWORD);
        compose();
        fillDocument();
        page.locator("#signedDocument").setInputFiles(pdf("3215-STC-VP-da-ky.pdf"));
        page.locator("[name='entries[0].done']").fill("Đã quán triệt kế hoạch đến toàn thể công chức.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã lưu bản nháp.");
        String edit = page.url();
        String report = edit.replace("/edit", "");
        shoot(edit, "report-edit");
        // the document's card alone: the full-page picture has the sticky buttons over it
        page.locator("#report-form section.card").first().screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "report-edit-document-1366.png")));
        page.setViewportSize(375, 900);
        page.locator("#report-form section.card").first().screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", "report-edit-document-375.png")));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi báo cáo đến Sở Nội vụ.");
        shoot(report, "report-show");
        shoot(report + "/versions", "report-versions");

        context.clearCookies();
        signIn(setup.coordinator().username(), TestData.PASSWORD);
        shoot(report, "report-review");
        assertThat(page.locator("#document .signer")).containsText("PHÓ GIÁM ĐỐC");
        assertThat(page.locator("#review")).isVisible();
    }

    /** Opens the officer's report of their next deadline from their home page. */
    private void compose() {
        page.locator("#next-deadline").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Soạn báo cáo")).click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    }

    private void fillDocument() {
        page.getByLabel("Số văn bản").fill("3215/STC-VP");
        page.getByLabel("Ngày văn bản").fill("27/9/2023");
        page.getByLabel("Trích yếu").fill("báo cáo kết quả thực hiện cải thiện và nâng cao Chỉ số Hiệu quả Quản trị"
                + " và hành chính công tỉnh Khánh Hoà");
        page.getByLabel("Chức vụ người ký").fill("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC");
        page.getByLabel("Họ tên người ký").fill("Vĩnh Thông");
        page.getByLabel("Nơi nhận").fill("Như trên;\nLưu: VT, VP.");
    }

    /** The page at 375 and 1366 px, saved under target/screenshots; neither scrolls sideways. */
    private void shoot(String address, String name) {
        for (int width : new int[] {375, 1366}) {
            page.setViewportSize(width, 900);
            page.navigate(address);
            Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as(name + " at " + width + " px scrolls sideways by").isZero();
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of("target", "screenshots", name + "-" + width + ".png")));
        }
    }

    private static FilePayload pdf(String name) {
        return new FilePayload(name, "application/pdf",
                ("%PDF-1.4\n% " + name + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The files attached to a report's entries, as its page lists them. */
    private static int evidenceOf(ReportView report) {
        return report.entries().stream().mapToInt(entry -> entry.evidence().size()).sum();
    }
}
