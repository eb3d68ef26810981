package vn.chiso.plan.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.target.TargetEvaluation;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.target.TargetStatus;
import vn.chiso.plan.target.TargetView;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The demo plans modelled on the seeds, evaluated against the demo's published results. */
@ChisoTest
class DemoPlansTests {

    @Autowired
    PlanService plans;

    @Autowired
    TargetService targets;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    UnitService units;

    @Autowired
    TaskService tasks;

    @Autowired
    DemoCalendar calendar;

    @Test
    void plan6025HasItsDepartmentsPlanAsAChildAndNoPapi2023ResultsYet() {
        PlanView plan = numbered("6025/KH-UBND");
        assertThat(plan.issueDate()).isEqualTo(LocalDate.of(2023, 6, 20));
        assertThat(plans.children(plan.id())).extracting(PlanView::number).containsExactly("2603/KH-STC");
        assertThat(targets.of(plan.id())).hasSize(5).allSatisfy(target -> {
            assertThat(target.status()).isEqualTo(TargetStatus.NO_DATA);
            assertThat(target.headline().year()).isEqualTo(2023);
        });
        assertThat(periods.periods(plan.id())).extracting(ReportingPeriodView::deadline)
                .containsExactly(LocalDate.of(2023, 9, 29));
    }

    /** Built in 2026 it runs 2022–2030: top 15 by 2025, one place up every year 2026–2030, a higher score yearly. */
    @Test
    void theParIndexPlanSpansFourYearsEachSideOfTodayReportsTwiceAYearAndStandsByItsLatestResult() {
        int year = calendar.year();
        PlanView plan = numbered("152/KH-UBND");
        assertThat(plan.title()).endsWith("đến năm " + (year + 4));
        assertThat(plan.issueDate()).isEqualTo(LocalDate.of(year - 4, 10, 5));
        List<ReportingPeriodView> schedule = periods.periods(plan.id());
        List<ReportingPeriodView> halfYears = schedule.stream().filter(period -> period.coveredYear() != null).toList();
        assertThat(halfYears).hasSize(2 * 9);
        assertThat(halfYears.get(0).deadline()).isEqualTo(LocalDate.of(year - 4, 6, 15));
        assertThat(halfYears.get(halfYears.size() - 1).deadline()).isEqualTo(LocalDate.of(year + 4, 12, 15));
        assertThat(schedule).filteredOn(period -> period.coveredYear() == null)
                .extracting(ReportingPeriodView::deadline)
                .containsExactly(calendar.today().minusDays(10), calendar.today().plusDays(5));
        List<Long> leads = Stream.of("SNV", "STP", "VPUBND", "STC")
                .map(code -> units.findByCode(code).orElseThrow().id()).toList();
        assertThat(periods.owingUnitIds(plan.id())).containsAll(leads);

        List<TargetView> promises = targets.of(plan.id());
        TargetView top15 = kind(promises, TargetKind.RANK_AT_MOST);
        assertThat(top15.headline().year()).isEqualTo(year - 1);
        assertThat(top15.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(top15.headline()).extracting(TargetEvaluation::latestYear, TargetEvaluation::distance)
                .as("rank 25 in 2022 is 10 places from 15").containsExactly(2022, new BigDecimal("10"));
        assertThat(kind(promises, TargetKind.RANK_IMPROVES).years()).extracting(TargetEvaluation::year)
                .containsExactly(year, year + 1, year + 2, year + 3, year + 4);
        TargetView higherScore = kind(promises, TargetKind.SCORE_IMPROVES);
        assertThat(higherScore.years()).hasSize(9);
        assertThat(higherScore.years()).filteredOn(evaluation -> evaluation.year() == 2022)
                .extracting(TargetEvaluation::status).as("86,19 in 2022 after 85,11 in 2021, while 2022 is in the plan")
                .allMatch(status -> status == TargetStatus.MET);
        assertThat(higherScore.years()).filteredOn(evaluation -> evaluation.year() > 2022)
                .extracting(TargetEvaluation::status).containsOnly(TargetStatus.NO_DATA);
    }

    /** Sở Tài chính's task II.4 is overdue by twelve days, Sở Tư pháp's II.2 due in twenty. */
    @Test
    void theParIndexPlansTasksOfFinanceAndJusticeHaveDeadlinesAroundToday() {
        PlanView plan = numbered("152/KH-UBND");
        assertThat(tasks.of(plan.id())).filteredOn(task -> List.of("II.2", "II.4").contains(task.section()))
                .extracting(TaskView::section, TaskView::deadline).containsExactlyInAnyOrder(
                tuple("II.2", calendar.today().plusDays(20)), tuple("II.4", calendar.today().minusDays(12)));
    }

    @Test
    void theClosed2022PlanMetItsParIndexRankAndMissedTheDepartmentsSipas() {
        PlanView plan = numbered("8416/KH-UBND");
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(targets.of(plan.id())).extracting(target -> target.indicator().code(), TargetView::status,
                DemoPlansTests::gap).contains(
                tuple("PAR_INDEX", TargetStatus.MET, null),
                tuple("SIPAS.DEPT", TargetStatus.BELOW_TARGET, new BigDecimal("0.23")));
    }

    private PlanView numbered(String number) {
        return plans.all().stream().filter(plan -> plan.number().equals(number)).findFirst().orElseThrow();
    }

    private static BigDecimal gap(TargetView target) {
        BigDecimal gap = target.headline().gap();
        return gap == null ? null : gap.stripTrailingZeros();
    }

    private static TargetView kind(List<TargetView> targets, TargetKind kind) {
        return targets.stream().filter(target -> target.spec().kind() == kind).findFirst().orElseThrow();
    }
}
