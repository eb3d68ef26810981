package vn.chiso.plan.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanForm;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Reporting periods generated from a plan's rules, and when a report becomes late. */
@ChisoTest
class ReportingPeriodsTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    ReportingPeriods periods;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    TestData data;

    @Test
    void sixMonthlyAndYearlyRulesGiveAPeriodForEachYearOfThePlan() {
        PlanView plan = fixtures.plan(2025, 2026, "PAR_INDEX");
        periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo 6 tháng đầu năm", null, 15, 6, false));
        periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo năm", null, 15, 12, false));
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo sơ kết", LocalDate.of(2025, 9, 29), null,
                null, false));

        assertThat(periods.periods(plan.id())).extracting(ReportingPeriodView::label, ReportingPeriodView::deadline)
                .containsExactly(
                        tuple("Báo cáo 6 tháng đầu năm 2025", LocalDate.of(2025, 6, 15)),
                        tuple("Báo cáo sơ kết", LocalDate.of(2025, 9, 29)),
                        tuple("Báo cáo năm 2025", LocalDate.of(2025, 12, 15)),
                        tuple("Báo cáo 6 tháng đầu năm 2026", LocalDate.of(2026, 6, 15)),
                        tuple("Báo cáo năm 2026", LocalDate.of(2026, 12, 15)));
    }

    /** A year's report due in January falls in the following year; the last one after the plan's end. */
    @Test
    void aYearlyReportDueInTheFollowingYearCrossesTheYearBoundary() {
        PlanView plan = fixtures.plan(2025, 2026, "PAR_INDEX");
        periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo năm", null, 10, 1, true));
        assertThat(periods.periods(plan.id())).extracting(ReportingPeriodView::coveredYear,
                ReportingPeriodView::deadline).containsExactly(
                tuple(2025, LocalDate.of(2026, 1, 10)),
                tuple(2026, LocalDate.of(2027, 1, 10)));
    }

    @Test
    void periodsFollowAChangeOfThePlansYears() {
        PlanView plan = fixtures.plan(2025, 2026, "PAR_INDEX");
        periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo năm", null, 15, 12, false));
        PlanView current = plans.get(plan.id());
        plans.update(plan.id(), new PlanForm(current.number(), current.issueDate(), current.issuer(), current.title(),
                2025, 2027, List.copyOf(current.indexCodes()), null, null, null, current.status(),
                current.version()));
        assertThat(periods.periods(plan.id())).extracting(ReportingPeriodView::coveredYear)
                .containsExactly(2025, 2026, 2027);
    }

    /** 15/12/2025 is on time until 23:59:59 in Vietnam, which is 16:59:59 UTC. */
    @Test
    void theDeadlineDayCountsInFullInVietnam() {
        ReportingPeriodView period = new ReportingPeriodView(1, 1, "Báo cáo năm 2025", LocalDate.of(2025, 12, 15), 2025);
        assertThat(period.isLate(Instant.parse("2025-12-15T16:59:59Z"), VIETNAM)).isFalse();
        assertThat(period.isLate(Instant.parse("2025-12-15T17:00:00Z"), VIETNAM)).isTrue();
        assertThat(period.isLate(Instant.parse("2025-12-14T23:00:00Z"), VIETNAM)).as("morning of the 15th in Vietnam")
                .isFalse();
    }

    @Test
    void impossibleDatesAndDatesFarOutsideThePlanAreRefused() {
        PlanView plan = fixtures.plan(2025, 2026, "PAR_INDEX");
        assertThatThrownBy(() -> periods.addRule(plan.id(), new RuleForm(RuleKind.YEARLY, "Báo cáo", null, 29, 2,
                false))).hasMessage("period.dayMonth.invalid");
        assertThatThrownBy(() -> periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo",
                LocalDate.of(2030, 1, 1), null, null, false))).isInstanceOfSatisfying(RuleViolationException.class,
                        violation -> assertThat(violation.field()).isEqualTo("onDate"));
    }

    @Test
    void theUnitsAssignedToReportedTasksOweTheReports() {
        PlanView plan = fixtures.plan(2025, 2025, "PAPI");
        long lead = data.unit(UnitKind.DEPARTMENT).id();
        long coordinating = data.unit(UnitKind.DEPARTMENT).id();
        long notReporting = data.unit(UnitKind.OTHER_PROVINCIAL).id();
        tasks.add(plan, new TaskForm("II.1", "Báo cáo", null, null, true, "u:" + lead, List.of(coordinating), List.of(),
                null));
        tasks.add(plan, new TaskForm("II.2", "Không báo cáo", null, null, false, "u:" + notReporting, List.of(),
                List.of(), null));
        assertThat(periods.owingUnitIds(plan.id())).containsExactlyInAnyOrder(lead, coordinating);
    }
}
