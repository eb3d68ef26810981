package vn.chiso.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestClock;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** An officer writes, saves and submits; a coordinator returns, the officer resubmits, the coordinator accepts. */
@ChisoTest
class ReportWorkflowTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ReportEditing editing;
    @Autowired
    ProgressReports reports;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.chiso.plan.PlanFixtures planFixtures;
    @Autowired
    vn.chiso.plan.period.ReportingPeriods periods;
    @Autowired
    vn.chiso.plan.task.TaskService tasks;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReportGoesFromDraftThroughReturnToAcceptedAndEveryVersionIsKept() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10));
        long id = open(setup);

        MvcTestResult saved = post(setup.officerA(), id, "save", "", "",
                "Đã ban hành Kế hoạch số 2603/KH-STC ngày 08/07/2022.", "IN_PROGRESS", "40", "");
        assertThat(saved).hasStatus3xxRedirection().hasRedirectedUrl("/reports/" + id + "/edit");
        assertThat(page(setup.officerA(), "/reports/" + id + "/edit"))
                .contains("Đã ban hành Kế hoạch số 2603/KH-STC ngày 08/07/2022.", "value=\"40\"");

        MvcTestResult incomplete = post(setup.officerA(), id, "submit", "", "", "Đã ban hành kế hoạch.", "IN_PROGRESS",
                "40", "");
        assertThat(Pages.html(incomplete)).contains("Vui lòng nhập số văn bản báo cáo của đơn vị")
                .contains("Đã ban hành kế hoạch.");
        assertThat(reports.get(id).header().status()).isEqualTo(ReportStatus.DRAFT);

        assertThat(post(setup.officerA(), id, "submit", "2303/STC-VP", "27/9/2023", "Đã ban hành kế hoạch.",
                "IN_PROGRESS", "40", "")).hasRedirectedUrl("/reports/" + id);
        ReportHeader submitted = reports.get(id).header();
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.onTime()).isTrue();
        assertThat(submitted.documentNumber()).isEqualTo("2303/STC-VP");

        assertThat(mvc.post().uri("/reports/{id}/return", id).param("comment", "").with(as(setup.coordinator()))
                .with(csrf()).exchange()).hasRedirectedUrl("/reports/" + id);
        assertThat(reports.get(id).header().status()).as("a return needs a comment").isEqualTo(ReportStatus.SUBMITTED);
        assertThat(mvc.post().uri("/reports/{id}/return", id).param("comment", "Đề nghị bổ sung tài liệu kiểm chứng.")
                .with(as(setup.coordinator())).with(csrf()).exchange()).hasRedirectedUrl("/reports/" + id);

        assertThat(page(setup.officerA(), "/reports/" + id + "/edit")).contains("Đề nghị bổ sung tài liệu kiểm chứng.");
        assertThat(page(setup.officerA(), "/")).contains("bị trả lại: Đề nghị bổ sung tài liệu kiểm chứng.");
        assertThat(post(setup.officerA(), id, "submit", "2303/STC-VP", "27/9/2023", "Đã ban hành kế hoạch, kèm văn bản.",
                "DONE", "", "Văn bản lưu tại Văn phòng Sở.")).hasRedirectedUrl("/reports/" + id);
        assertThat(mvc.post().uri("/reports/{id}/accept", id).with(as(setup.coordinator())).with(csrf()).exchange())
                .hasRedirectedUrl("/reports/" + id);
        ReportView accepted = reports.get(id);
        assertThat(accepted.header().status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.entries().get(0).percent()).as("done is all of it").isEqualTo(100);

        assertThat(post(setup.officerA(), id, "save", "2303/STC-VP", "27/9/2023", "Sửa sau khi chấp nhận", "DONE", "",
                "x")).satisfies(result -> assertThat(Pages.html(result)).contains("đã được chấp nhận nên đã khóa"));
        assertThat(reports.get(id).entries().get(0).done()).isEqualTo("Đã ban hành kế hoạch, kèm văn bản.");

        String history = page(setup.coordinator(), "/reports/" + id + "/versions");
        assertThat(history).contains("Lưu nháp", "Gửi báo cáo", "Trả lại", "Chấp nhận", "Đề nghị bổ sung tài liệu kiểm chứng.",
                "tình trạng Đang thực hiện → Hoàn thành", setup.officerA().fullName(), setup.coordinator().fullName());
        assertThat(jdbc.queryForList("select event from report_version where report_id = ? order by number",
                String.class, id)).as("each click on Save or Submit saves a version of its own")
                .containsExactly("SAVED", "SAVED", "SAVED", "SUBMITTED", "RETURNED", "SAVED", "SUBMITTED", "ACCEPTED");
        assertThat(page(setup.coordinator(), "/reports/" + id + "/versions/2")).contains("Đã ban hành kế hoạch.")
                .doesNotContain("kế hoạch, kèm văn bản");

        assertThat(mvc.post().uri("/reports/{id}/reopen", id).param("comment", "Cần sửa số văn bản.")
                .with(as(setup.coordinator())).with(csrf()).exchange()).hasRedirectedUrl("/reports/" + id);
        assertThat(reports.get(id).header().status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(reports.get(id).header().reviewComment()).isEqualTo("Cần sửa số văn bản.");
    }

    @Test
    void everySaveByHandIsAVersionWhileTheAutomaticSavesOfOnePersonMergeIntoOne() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10));
        long id = open(setup);
        Instant start = Instant.now();

        clock.set(start);
        assertThat(post(setup.officerA(), id, "save", "", "", "Bản thứ nhất.", "IN_PROGRESS", "10", ""))
                .hasStatus3xxRedirection();
        clock.set(start.plusSeconds(60));
        assertThat(post(setup.officerA(), id, "save", "2303/STC-VP", "27/9/2023", "Bản thứ hai.", "IN_PROGRESS", "20",
                "")).hasStatus3xxRedirection();
        assertThat(events(id)).as("two saves by hand a minute apart").containsExactly("SAVED", "SAVED");

        clock.set(start.plusSeconds(120));
        autosave(setup.officerA(), id, "Bản tự động thứ nhất.");
        clock.set(start.plusSeconds(180));
        autosave(setup.officerA(), id, "Bản tự động thứ hai.");
        assertThat(events(id)).containsExactly("SAVED", "SAVED", "AUTOSAVED");
        assertThat(page(setup.officerA(), "/reports/" + id + "/versions/3")).contains("Bản tự động thứ hai.");

        clock.set(start.plusSeconds(240));
        post(setup.officerA(), id, "save", "2303/STC-VP", "27/9/2023", "Bản thứ ba.", "IN_PROGRESS", "30", "");
        clock.set(start.plusSeconds(300));
        autosave(setup.officerA(), id, "Bản tự động sau khi lưu.");
        assertThat(events(id)).as("a save by hand ends a run of automatic saves")
                .containsExactly("SAVED", "SAVED", "AUTOSAVED", "SAVED", "AUTOSAVED");

        String history = page(setup.officerA(), "/reports/" + id + "/versions");
        assertThat(history).contains("Lưu nháp", "Tự động lưu", "Văn bản: số 2303/STC-VP, ngày 27/09/2023.")
                .doesNotContain("2023-09-27");
        assertThat(page(setup.officerA(), "/reports/" + id + "/versions/2")).contains("Bản thứ hai.")
                .doesNotContain("Bản thứ nhất.");
    }

    @Test
    void anAcceptedReportIsNotReopenedWithoutAReason() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10));
        long id = editing.open(setup.period().id(), setup.a());
        fill(id, setup.a());
        editing.submit(id, setup.a());
        assertThat(mvc.post().uri("/reports/{id}/accept", id).with(as(setup.coordinator())).with(csrf()).exchange())
                .hasRedirectedUrl("/reports/" + id);

        for (String reason : List.of("", "   ")) {
            MvcTestResult refused = mvc.post().uri("/reports/{id}/reopen", id).param("comment", reason)
                    .with(as(setup.coordinator())).with(csrf()).exchange();
            assertThat(refused).hasRedirectedUrl("/reports/" + id).flash()
                    .containsEntry("failure", "report.reopen.reasonRequired");
            assertThat(reports.get(id).header().status()).isEqualTo(ReportStatus.ACCEPTED);
            assertThat(reports.get(id).header().reviewComment()).isNull();
        }
        assertThat(events(id)).doesNotContain("REOPENED").endsWith("ACCEPTED");
    }

    @Test
    void anOfficerIsToldOfADeadlineWithinTheNoticeWindowAndOfItOnceMissed() {
        LocalDate deadline = LocalDate.of(2035, 5, 20);
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
        Setup setup = fixtures.setup(deadline);
        String label = setup.period().label();

        clock.set(deadline.minusDays(20).atTime(8, 0).atZone(vietnam).toInstant());
        assertThat(notices(setup.officerA())).as("20 days before: outside the window").isEmpty();

        clock.set(deadline.minusDays(3).atTime(8, 0).atZone(vietnam).toInstant());
        assertThat(notices(setup.officerA())).containsExactly(
                "report.notice.dueSoon: Hạn nộp \"" + label + "\" (Kế hoạch " + setup.plan().number()
                        + ") là 20/05/2035, còn 3 ngày.");

        clock.set(deadline.plusDays(2).atTime(8, 0).atZone(vietnam).toInstant());
        assertThat(notices(setup.officerA())).containsExactly(
                "report.notice.missing: Đã quá hạn \"" + label + "\" (Kế hoạch " + setup.plan().number()
                        + ", hạn 20/05/2035) 2 ngày mà đơn vị chưa gửi báo cáo.");

        long late = editing.open(setup.period().id(), setup.b());
        fill(late, setup.b());
        editing.submit(late, setup.b());
        assertThat(notices(setup.officerB())).as("sent, even late: nothing to remind").isEmpty();
    }

    /** The notices on an officer's home page, each as its kind and its text. */
    private List<String> notices(UserRow officer) {
        return org.jsoup.Jsoup.parse(page(officer, "/")).select("#todo-items .notice").stream()
                .map(notice -> notice.attr("data-notice") + ": " + notice.child(0).text()).toList();
    }

    private List<String> events(long id) {
        return jdbc.queryForList("select event from report_version where report_id = ? order by number", String.class,
                id);
    }

    private void autosave(UserRow officer, long id, String done) {
        assertThat(mvc.post().uri("/reports/{id}/autosave", id).multipart()
                .params(form(id, "save", "2303/STC-VP", "27/9/2023", done, "IN_PROGRESS", "40", ""))
                .with(as(officer)).with(csrf()).exchange()).hasStatusOk();
    }

    @Test
    void doneWithoutEvidenceNeedsAnExplanationBeforeSubmission() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3));
        long id = open(setup);
        MvcTestResult refused = post(setup.officerA(), id, "submit", "15/STP", "1/10/2023", "Đã quán triệt.", "DONE", "",
                "");
        assertThat(Pages.html(refused)).contains("thiếu kết quả hoặc tài liệu kiểm chứng");
        assertThat(reports.get(id).header().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.get(id).entries().get(0).done()).as("the draft is kept").isEqualTo("Đã quán triệt.");

        MockMultipartFile pdf = new MockMultipartFile("evidence-" + setup.tasksOfA().get(0).id(), "bien-ban.pdf",
                "application/pdf", "%PDF-1.4\n% biên bản\n%%EOF\n".getBytes());
        assertThat(mvc.post().uri("/reports/{id}", id).multipart().file(pdf).params(form(id, "submit", "15/STP",
                "1/10/2023", "Đã quán triệt.", "DONE", "", "")).with(as(setup.officerA())).with(csrf()).exchange())
                .hasRedirectedUrl("/reports/" + id);
        assertThat(reports.get(id).header().status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    @Test
    void aReportIsOnTimeUntilTheLastSecondOfTheDeadlineDayInVietnam() {
        LocalDate deadline = LocalDate.of(2031, 9, 29);
        Setup setup = fixtures.setup(deadline);
        ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");

        long onTime = editing.open(setup.period().id(), setup.a());
        fill(onTime, setup.a());
        clock.set(deadline.atTime(23, 59, 59).atZone(vietnam).toInstant());
        editing.submit(onTime, setup.a());

        long late = editing.open(setup.period().id(), setup.b());
        fill(late, setup.b());
        clock.set(deadline.plusDays(1).atStartOfDay(vietnam).toInstant());
        editing.submit(late, setup.b());

        assertThat(reports.get(onTime).header().onTime()).isTrue();
        assertThat(reports.get(late).header().onTime()).isFalse();
        assertThat(page(setup.coordinator(), "/plans/" + setup.plan().id() + "/periods/" + setup.period().id()))
                .contains("data-state=\"ON_TIME\"", "data-state=\"LATE\"");
    }

    @Test
    void theFirstSubmissionDecidesTimelinessEvenAfterAReturn() {
        LocalDate deadline = LocalDate.of(2032, 6, 15);
        Setup setup = fixtures.setup(deadline);
        long id = editing.open(setup.period().id(), setup.a());
        fill(id, setup.a());
        clock.set(deadline.atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        editing.submit(id, setup.a());
        new ReportReviewCaller(mvc, setup.coordinator()).returnIt(id);
        clock.set(deadline.plusDays(4).atTime(9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
        editing.submit(id, setup.a());
        assertThat(reports.get(id).header().onTime()).isTrue();
        assertThat(reports.get(id).header().submittedAt()).isAfter(reports.get(id).header().firstSubmittedAt());
    }

    @Test
    void anOfficersHomeAndReportListRunAFixedNumberOfStatementsHoweverManyPlansAndReports() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10));
        String list = "/units/" + setup.unitA().id() + "/reports";
        long home = statements(setup.officerA(), "/");
        long reportsPage = statements(setup.officerA(), list);
        for (int i = 0; i < 4; i++) {
            vn.chiso.plan.PlanView plan = planFixtures.plan(2031, 2033, "PAPI");
            periods.addRule(plan.id(), new vn.chiso.plan.period.RuleForm(vn.chiso.plan.period.RuleKind.YEARLY,
                    "Báo cáo năm", null, 15, 12, false));
            tasks.add(plan, new vn.chiso.plan.task.TaskForm("II." + i, "Nhiệm vụ thêm " + i, null, null, true,
                    "u:" + setup.unitA().id(), List.of(), List.of(), null));
            periods.periods(plan.id()).forEach(period -> editing.open(period.id(), setup.a()));
        }
        assertThat(page(setup.officerA(), list)).contains("Báo cáo năm 2033");
        assertThat(page(setup.officerA(), "/")).contains("Nhiệm vụ thêm 3");
        assertThat(statements(setup.officerA(), "/")).isEqualTo(home).isLessThanOrEqualTo(20);
        assertThat(statements(setup.officerA(), list)).isEqualTo(reportsPage).isLessThanOrEqualTo(6);
    }

    private long statements(UserRow user, String uri) {
        vn.chiso.SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(user)).exchange()).hasStatusOk();
        return vn.chiso.SqlStatements.count();
    }

    /** Returns a report through its page, as a coordinator would. */
    private record ReportReviewCaller(MockMvcTester mvc, UserRow coordinator) {
        void returnIt(long id) {
            assertThat(mvc.post().uri("/reports/{id}/return", id).param("comment", "Bổ sung.").with(as(coordinator))
                    .with(csrf()).exchange()).hasStatus3xxRedirection();
        }
    }

    private void fill(long id, vn.chiso.user.CurrentUser officer) {
        List<ReportForm.EntryForm> entries = reports.get(id).entries().stream().map(entry -> new ReportForm.EntryForm(
                entry.task().id(), EntryStatus.IN_PROGRESS, "Đang thực hiện.", "50", null)).toList();
        editing.save(id, new ReportForm("1/TEST", "1/1/2031", null, reports.get(id).header().version(),
                new java.util.ArrayList<>(entries), null), List.of(), officer);
    }

    private long open(Setup setup) {
        MvcTestResult opened = mvc.post().uri("/periods/{id}/reports", setup.period().id()).with(as(setup.officerA()))
                .with(csrf()).exchange();
        assertThat(opened).hasStatus3xxRedirection();
        return reports.find(setup.period().id(), setup.unitA().id()).orElseThrow().id();
    }

    /** Posts the report form with the first entry filled in and the others left as they are. */
    private MvcTestResult post(UserRow officer, long id, String action, String number, String date, String done,
            String status, String percent, String explanation) {
        return mvc.post().uri("/reports/{id}", id).multipart()
                .params(form(id, action, number, date, done, status, percent, explanation))
                .with(as(officer)).with(csrf()).exchange();
    }

    private org.springframework.util.MultiValueMap<String, String> form(long id, String action, String number,
            String date, String done, String status, String percent, String explanation) {
        ReportView report = reports.get(id);
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("action", action);
        form.add("documentNumber", number);
        form.add("documentDate", date);
        form.add("addressee", "Sở Nội vụ");
        form.add("version", String.valueOf(report.header().version()));
        for (int i = 0; i < report.entries().size(); i++) {
            EntryView entry = report.entries().get(i);
            form.add("entries[" + i + "].taskId", String.valueOf(entry.task().id()));
            form.add("entries[" + i + "].status", i == 0 ? status : entry.status().name());
            form.add("entries[" + i + "].done", i == 0 ? done : entry.done() == null ? "" : entry.done());
            form.add("entries[" + i + "].percent", i == 0 ? percent : "");
            form.add("entries[" + i + "].explanation", i == 0 ? explanation : "");
        }
        return form;
    }

    private String page(UserRow user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }
}
