package vn.chiso.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.chiso.ModuleTest;
import vn.chiso.mail.Mailer;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The report module alone, with the evidence files it keeps its documents in (and the shared clock): a report's
 * workflow publishes its events, and the history writes a version on each. The plan, unit, user and mail modules are
 * stand-ins; the plan's and the unit's rows the reports refer to are written here, as those modules would.
 */
@ModuleTest(extraIncludes = {"document", "shared"})
class ReportModuleTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @MockitoBean
    TaskService tasks;
    @MockitoBean
    ReportingPeriods periods;
    @MockitoBean
    PlanService plans;
    @MockitoBean
    UnitService units;
    @MockitoBean
    UserService users;
    @MockitoBean
    Mailer mailer;
    @Autowired
    ReportEditing editing;
    @Autowired
    ReportReview review;
    @Autowired
    JdbcClient jdbc;

    private final CurrentUser coordinator = new CurrentUser(0, "ha", "Trần Thị Thu Hà", Role.COORDINATOR, null, null);

    @Test
    void sendingAReportPublishesReportSubmittedWithItsUnitAndPeriod(Scenario scenario) {
        Written report = written("Sở Tư pháp", "15/KH-UBND", "Báo cáo quý I");

        scenario.stimulate(() -> editing.submit(report.id(), report.officer()))
                .andWaitForEventOfType(ReportSubmitted.class)
                .matchingMappedValue(ReportSubmitted::reportId, report.id())
                .toArriveAndVerify(submitted -> {
                    assertThat(submitted.unitName()).isEqualTo("Sở Tư pháp");
                    assertThat(submitted.planNumber()).isEqualTo("15/KH-UBND");
                    assertThat(submitted.periodLabel()).isEqualTo("Báo cáo quý I");
                    assertThat(submitted.periodId()).isEqualTo(report.period().id());
                    assertThat(submitted.submittedBy()).isEqualTo("Lê Văn Tâm");
                    assertThat(submitted.onTime()).isTrue();
                    assertThat(submitted.resubmitted()).isFalse();
                });
    }

    @Test
    void returningAReportPublishesReportReturnedWithTheComment(Scenario scenario) {
        Written report = written("Sở Y tế", "16/KH-UBND", "Báo cáo 6 tháng");
        editing.submit(report.id(), report.officer());

        scenario.stimulate(() -> review.returnToUnit(report.id(), "Bổ sung tài liệu kiểm chứng.", coordinator))
                .andWaitForEventOfType(ReportReturned.class)
                .matchingMappedValue(ReportReturned::reportId, report.id())
                .toArriveAndVerify(returned -> {
                    assertThat(returned.unitName()).isEqualTo("Sở Y tế");
                    assertThat(returned.periodLabel()).isEqualTo("Báo cáo 6 tháng");
                    assertThat(returned.comment()).isEqualTo("Bổ sung tài liệu kiểm chứng.");
                    assertThat(returned.returnedBy()).isEqualTo("Trần Thị Thu Hà");
                    assertThat(returned.reopened()).isFalse();
                });
    }

    @Test
    void acceptingAReportPublishesReportAccepted(Scenario scenario) {
        Written report = written("Sở Xây dựng", "17/KH-UBND", "Báo cáo năm");
        editing.submit(report.id(), report.officer());

        scenario.stimulate(() -> review.accept(report.id(), coordinator))
                .andWaitForEventOfType(ReportAccepted.class)
                .matchingMappedValue(ReportAccepted::reportId, report.id())
                .toArriveAndVerify(accepted -> {
                    assertThat(accepted.unitName()).isEqualTo("Sở Xây dựng");
                    assertThat(accepted.planNumber()).isEqualTo("17/KH-UBND");
                    assertThat(accepted.acceptedBy()).isEqualTo("Trần Thị Thu Hà");
                });
    }

    @Test
    void theHistoryWritesAVersionOnEveryStepOfTheWorkflowWithTheReportAsItThenStood() {
        Written report = written("Sở Nội vụ", "18/KH-UBND", "Báo cáo quý III");
        editing.submit(report.id(), report.officer());
        review.returnToUnit(report.id(), "Sửa số văn bản.", coordinator);
        editing.submit(report.id(), report.officer());
        review.accept(report.id(), coordinator);

        assertThat(jdbc.sql("""
                select event || ' ' || (snapshot ->> 'status') || ' ' || (snapshot -> 'entries' -> 0 ->> 'done')
                from report_version where report_id = :id order by number
                """).param("id", report.id()).query(String.class).list()).containsExactly(
                "SAVED DRAFT Đã ban hành kế hoạch.", "SUBMITTED SUBMITTED Đã ban hành kế hoạch.",
                "RETURNED RETURNED Đã ban hành kế hoạch.", "SUBMITTED SUBMITTED Đã ban hành kế hoạch.",
                "ACCEPTED ACCEPTED Đã ban hành kế hoạch.");
    }

    /** A saved draft of a unit's report, complete enough to be sent: the unit leads one task of the plan. */
    private Written written(String unitName, String planNumber, String periodLabel) {
        long unitId = insert("""
                insert into unit (code, name, short_name, kind) values (:code, :name, :name, 'DEPARTMENT') returning id
                """, "code", planNumber.substring(0, 2), "name", unitName);
        UnitView unit = new UnitView(unitId, planNumber.substring(0, 2), unitName, unitName, UnitKind.DEPARTMENT, null,
                null, true, 0);
        LocalDate deadline = LocalDate.now(VIETNAM).plusDays(10);
        long planId = insert("""
                insert into plan (number, issue_date, issuer, title, first_year, last_year, status)
                values (:number, :issued, 'Ủy ban nhân dân tỉnh', 'Kế hoạch thử', :year, :year, 'IN_FORCE') returning id
                """, "number", planNumber, "issued", deadline.minusMonths(3), "year", deadline.getYear());
        long ruleId = insert("""
                insert into reporting_rule (plan_id, kind, label, on_date) values (:plan, 'ONE_OFF', :label, :deadline)
                returning id
                """, "plan", planId, "label", periodLabel, "deadline", deadline);
        long periodId = insert("""
                insert into reporting_period (plan_id, rule_id, label, deadline)
                values (:plan, :rule, :label, :deadline) returning id
                """, "plan", planId, "rule", ruleId, "label", periodLabel, "deadline", deadline);
        long taskId = insert("insert into task (plan_id, section, text) values (:plan, 'II.1', :text) returning id",
                "plan", planId, "text", "Quán triệt kế hoạch");
        ReportingPeriodView period = new ReportingPeriodView(periodId, planId, periodLabel, deadline, null);
        given(periods.get(periodId)).willReturn(period);
        given(periods.owingUnitIds(planId)).willReturn(List.of(unitId));
        given(plans.get(planId)).willReturn(new PlanView(planId, planNumber, deadline.minusMonths(3),
                "Ủy ban nhân dân tỉnh", "Kế hoạch thử", deadline.getYear(), deadline.getYear(), Set.of(), null, null,
                null, null, PlanStatus.IN_FORCE, 0));
        given(tasks.of(planId)).willReturn(List.of(new TaskView(taskId, planId, "II.1", "Quán triệt kế hoạch", null,
                null, true, 0, 0, unit, List.of(), List.of(), List.of())));

        CurrentUser officer = new CurrentUser(0, "tam", "Lê Văn Tâm", Role.OFFICER, unitId, unitName);
        long id = editing.open(periodId, officer);
        editing.save(id, new ReportForm("25/BC-" + planNumber.substring(0, 2), "1/1/" + deadline.getYear(), null, 0,
                List.of(new ReportForm.EntryForm(taskId, EntryStatus.IN_PROGRESS, "Đã ban hành kế hoạch.", "60",
                        null)), List.of()), List.of(), officer);
        return new Written(id, period, officer);
    }

    private record Written(long id, ReportingPeriodView period, CurrentUser officer) {
    }

    private long insert(String sql, Object... namesAndValues) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            statement = statement.param((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return statement.query(Long.class).single();
    }
}
