package vn.chiso.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.chiso.ChisoTest;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.history.ReportVersions;
import vn.chiso.report.history.VersionView;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * What saving and sending a report costs in SQL statements, through its page: the report is read once, under lock,
 * and written once, so the count is the same for a report of three tasks and one of forty.
 */
@ChisoTest
class ReportStatementsTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestData data;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    TaskService tasks;
    @Autowired
    ReportEditing editing;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportVersions versions;

    /**
     * At most twelve, as the issue asks: the report's header locked with its entries (1), the plan's tasks with their
     * units and indicators (1), its files (document, 1), the entries written (1, a batch), its files given the
     * report's new number (document, 1), its header written (1), a version saved and one sent (2), the event's
     * publication for the mail after the commit (1), a notice for every coordinator (1, an insert of a select) and
     * the session that carries the flash message (2).
     */
    @Test
    void sendingAReportOfFortyTasksCostsNoMoreStatementsThanOneOfThree() {
        Report few = report(3);
        Report many = report(40);

        long sendingFew = statements(post(few, "/reports/" + few.id(), "submit"),
                result -> assertThat(result).hasRedirectedUrl("/reports/" + few.id()));
        long sendingMany = statements(post(many, "/reports/" + many.id(), "submit"),
                result -> assertThat(result).hasRedirectedUrl("/reports/" + many.id()));

        assertThat(sendingMany).isEqualTo(sendingFew).isLessThanOrEqualTo(12);
        ReportView sent = reports.get(many.id());
        assertThat(sent.header().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(sent.entries()).hasSize(40).allSatisfy(entry -> assertThat(entry.percent()).isEqualTo(50));
        assertThat(versions.of(many.id())).extracting(VersionView::event)
                .containsExactly(ReportEvent.SUBMITTED, ReportEvent.SAVED);
        assertThat(versions.snapshot(many.id(), 2).status()).as("the version sent, as sent")
                .isEqualTo(ReportStatus.SUBMITTED);
    }

    /** As {@link #sendingAReportOfFortyTasksCostsNoMoreStatementsThanOneOfThree}, without the submission. */
    @Test
    void savingAReportByHandOrAutomaticallyCostsNoMoreStatementsForFortyTasksThanForThree() {
        Report few = report(3);
        Report many = report(40);

        long savingFew = statements(post(few, "/reports/" + few.id(), "save"),
                result -> assertThat(result).hasRedirectedUrl("/reports/" + few.id() + "/edit"));
        long savingMany = statements(post(many, "/reports/" + many.id(), "save"),
                result -> assertThat(result).hasRedirectedUrl("/reports/" + many.id() + "/edit"));
        long autosavingFew = statements(post(few, "/reports/" + few.id() + "/autosave", "save"),
                result -> assertThat(result).hasStatusOk());
        long autosavingMany = statements(post(many, "/reports/" + many.id() + "/autosave", "save"),
                result -> assertThat(result).hasStatusOk());

        assertThat(savingMany).isEqualTo(savingFew).isLessThanOrEqualTo(9);
        assertThat(autosavingMany).as("no session to write, the number unchanged, the version after a save new")
                .isEqualTo(autosavingFew).isLessThanOrEqualTo(7);
        assertThat(reports.get(many.id()).header().version()).isEqualTo(2);
    }

    /** A unit's report, opened and empty, of a plan giving the unit {@code taskCount} tasks to report on. */
    private Report report(int taskCount) {
        LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(10);
        PlanView plan = plans.plan(deadline.getYear(), deadline.getYear(), "PAPI");
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo kết quả thực hiện", deadline, null, null,
                false));
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        for (int i = 1; i <= taskCount; i++) {
            tasks.add(plan, new TaskForm("II." + i, "Nhiệm vụ số " + i, null, null, true, "u:" + unit.id(), List.of(),
                    List.of(), null));
        }
        UserRow officer = data.account(Role.OFFICER, unit.id());
        long id = editing.open(periods.periods(plan.id()).get(0).id(), ReportFixtures.user(officer));
        return new Report(id, officer);
    }

    private record Report(long id, UserRow officer) {
    }

    /** The statements of one request, the form it posts built before. */
    private long statements(Supplier<MvcTestResult> request, Consumer<MvcTestResult> check) {
        SqlStatements.reset();
        MvcTestResult result = request.get();
        long count = SqlStatements.count();
        check.accept(result);
        return count;
    }

    /** A post of the report's form as its page sends it, every task in progress, half done. */
    private Supplier<MvcTestResult> post(Report report, String uri, String action) {
        ReportView view = reports.get(report.id());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("action", action);
        form.add("documentNumber", "12/BC-STC");
        form.add("documentDate", "1/10/2031");
        form.add("addressee", "Sở Nội vụ");
        form.add("version", String.valueOf(view.header().version()));
        for (int i = 0; i < view.entries().size(); i++) {
            form.add("entries[" + i + "].taskId", String.valueOf(view.entries().get(i).task().id()));
            form.add("entries[" + i + "].status", EntryStatus.IN_PROGRESS.name());
            form.add("entries[" + i + "].done", "Đang triển khai nhiệm vụ số " + (i + 1) + ".");
            form.add("entries[" + i + "].percent", "50");
            form.add("entries[" + i + "].explanation", "");
        }
        return () -> mvc.post().uri(uri).multipart().params(form).with(as(report.officer())).with(csrf()).exchange();
    }
}
