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

    @Test
    void theParIndexPlanTo2030ReportsTwiceAYearAndStandsByItsLatestResult() {
        PlanView plan = numbered("152/KH-UBND");
        List<ReportingPeriodView> schedule = periods.periods(plan.id());
        assertThat(schedule).hasSize(2 * 9);
        assertThat(schedule.get(0).deadline()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(schedule.get(schedule.size() - 1).deadline()).isEqualTo(LocalDate.of(2030, 12, 15));
        List<Long> leads = Stream.of("SNV", "STP", "VPUBND", "STC")
                .map(code -> units.findByCode(code).orElseThrow().id()).toList();
        assertThat(periods.owingUnitIds(plan.id())).containsAll(leads);

        List<TargetView> promises = targets.of(plan.id());
        TargetView top15 = kind(promises, TargetKind.RANK_AT_MOST);
        assertThat(top15.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(top15.headline()).extracting(TargetEvaluation::latestYear, TargetEvaluation::distance)
                .as("rank 25 in 2022 is 10 places from 15").containsExactly(2022, new BigDecimal("10"));
        assertThat(kind(promises, TargetKind.RANK_IMPROVES).years()).extracting(TargetEvaluation::year)
                .containsExactly(2026, 2027, 2028, 2029, 2030);
        TargetView higherScore = kind(promises, TargetKind.SCORE_IMPROVES);
        assertThat(higherScore.headline()).extracting(TargetEvaluation::year, TargetEvaluation::status)
                .as("86,19 in 2022 after 85,11 in 2021").containsExactly(2022, TargetStatus.MET);
        assertThat(higherScore.years()).filteredOn(year -> year.year() > 2022)
                .extracting(TargetEvaluation::status).containsOnly(TargetStatus.NO_DATA);
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
