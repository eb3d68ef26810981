package vn.chiso.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.TestData;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.report.ReportStatus;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer writes a report, leaves, comes back and submits; the coordinator returns it with a comment; the officer
 * reads the comment and submits again. What is typed survives the end of a session.
 */
class ReportBrowserTests extends BrowserTestSupport {

    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ProgressReports reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfficerWritesLeavesReturnsAndSubmitsThenACoordinatorReturnsItAndTheOfficerResubmits() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10));
        signIn(setup.officerA().username(), TestData.PASSWORD);
        Locator next = page.locator("#next-deadline");
        assertThat(next.locator(".days-left")).hasText("10");
        next.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Soạn báo cáo")).click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);

        page.getByLabel("Số văn bản").fill("12/DVA-VP");
        page.locator("[name='entries[0].done']").fill("Đã quán triệt kế hoạch tại cuộc họp giao ban ngày 09/6.");
        assertThat(page.locator("#autosave-status")).containsText("Đã tự động lưu");

        page.navigate(url("/"));
        page.locator("#next-deadline").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Tiếp tục soạn")).click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        assertThat(page.locator("[name='entries[0].done']"))
                .hasValue("Đã quán triệt kế hoạch tại cuộc họp giao ban ngày 09/6.");
        assertThat(page.getByLabel("Số văn bản")).hasValue("12/DVA-VP");

        page.getByLabel("Ngày văn bản").fill("2/10/2023");
        page.locator("[name='entries[0].status']").selectOption("DONE");
        page.locator("[name='entries[0].explanation']").fill("Biên bản họp lưu tại Văn phòng.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi báo cáo đến Sở Nội vụ.");
        assertThat(page.locator(".report-status")).hasText("Đã gửi, chờ xem xét");

        switchTo(setup.coordinator().username());
        page.navigate(url("/plans/" + setup.plan().id() + "/periods/" + setup.period().id()));
        page.locator("tr[data-unit='" + setup.unitA().code() + "']").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Xem xét")).click();
        assertThat(page.locator(".entry").first()).containsText("Đã quán triệt kế hoạch");
        page.getByLabel("Ý kiến khi trả lại").fill("Đề nghị đính kèm biên bản cuộc họp.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại để bổ sung")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã trả lại báo cáo cho đơn vị.");

        switchTo(setup.officerA().username());
        Locator notice = page.locator(".notice[data-notice='report.notice.returned']");
        assertThat(notice).containsText("Đề nghị đính kèm biên bản cuộc họp.");
        notice.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sửa và gửi lại")).click();
        assertThat(page.locator("#review-comment")).containsText("Đề nghị đính kèm biên bản cuộc họp.");
        page.locator("[name='entries[0].done']").fill("Đã quán triệt kế hoạch; biên bản họp ngày 09/6 kèm theo.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi báo cáo")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi báo cáo đến Sở Nội vụ.");

        var header = reports.find(setup.period().id(), setup.unitA().id()).orElseThrow();
        assertThat(header.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reports.view(header).entries().get(0).done()).contains("biên bản họp ngày 09/6 kèm theo");
    }

    @Test
    void whatAnOfficerTypedComesBackAfterTheSessionExpiresAndTheySignInAgain() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(4));
        signIn(setup.officerA().username(), TestData.PASSWORD);
        page.locator("#next-deadline").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Soạn báo cáo")).click();
        // the form's own scripts (automatic save, date picker) run once the page has loaded
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        Locator done = page.locator("[name='entries[0].done']");

        jdbc.update("delete from spring_session where principal_name = ?", setup.officerA().username());
        done.fill("Gõ sau khi phiên đã hết hạn: không được mất.");
        assertThat(page.locator("#session-expired")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng nhập lại để tiếp tục")).click();

        page.getByLabel("Tên đăng nhập").fill(setup.officerA().username());
        page.getByLabel("Mật khẩu").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

        assertThat(page.locator("#draft-restored")).isVisible();
        assertThat(done).hasValue("Gõ sau khi phiên đã hết hạn: không được mất.");
        assertThat(page.locator("#autosave-status")).containsText("Đã tự động lưu");
        var header = reports.find(setup.period().id(), setup.unitA().id()).orElseThrow();
        assertThat(reports.view(header).entries().get(0).done()).isEqualTo("Gõ sau khi phiên đã hết hạn: không được mất.");
    }

    @Test
    void aSaveSentAfterTheSessionExpiredLeadsBackToTheFormWithTheText() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(4));
        signIn(setup.officerA().username(), TestData.PASSWORD);
        page.locator("#next-deadline").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Soạn báo cáo")).click();
        // the form's own scripts (automatic save, date picker) run once the page has loaded
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.evaluate("document.getElementById('report-form').dataset.autosave = '/nowhere'");
        Locator done = page.locator("[name='entries[0].done']");
        done.fill("Bấm lưu khi phiên đã hết hạn.");

        jdbc.update("delete from spring_session where principal_name = ?", setup.officerA().username());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
        page.getByLabel("Tên đăng nhập").fill(setup.officerA().username());
        page.getByLabel("Mật khẩu").fill(TestData.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

        assertThat(page.locator("#draft-restored")).isVisible();
        assertThat(done).hasValue("Bấm lưu khi phiên đã hết hạn.");
    }

    @Test
    void aFileOverTheLimitIsCaughtBeforeAnythingIsSent() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(4));
        signIn(setup.officerA().username(), TestData.PASSWORD);
        page.locator("#next-deadline").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Soạn báo cáo")).click();
        // the form's own scripts (automatic save, date picker) run once the page has loaded
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        page.locator("[name='entries[0].done']").fill("Kèm biên bản rất lớn.");
        Locator file = page.locator("#evidence-" + setup.tasksOfA().get(0).id());
        file.setInputFiles(new com.microsoft.playwright.options.FilePayload("bien-ban.pdf", "application/pdf",
                new byte[21 * 1024 * 1024]));
        String form = page.url();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
        assertThat(page.locator(".entry .file-too-large").first()).isVisible();
        assertThat(page.locator(".entry .file-too-large").first()).containsText("lớn hơn 20 MB");
        assertThat(page.url()).isEqualTo(form);
        assertThat(page.locator("[name='entries[0].done']")).hasValue("Kèm biên bản rất lớn.");
    }

    private void switchTo(String username) {
        context.clearCookies();
        signIn(username, TestData.PASSWORD);
    }
}
