package vn.chiso.plan.target;

import java.math.RoundingMode;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.result.ManualEntries;
import vn.chiso.index.result.ManualEntryForm;
import vn.chiso.index.result.ManualValue;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of target against real results: Khánh Hòa's PAPI 2022 from the published file (43,44, rank 16 of 61,
 * group Cao; dimension groups computed from their ranks) and 2021 (41,69, rank 40).
 */
@ChisoTest
class TargetEvaluationTests {

    @Autowired
    TargetService targets;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    ManualEntries entries;

    @Test
    void aScoreOf4500IsMissedBy156() {
        TargetEvaluation papi = evaluate(TargetKind.SCORE_AT_LEAST, "45", null, null);
        assertThat(papi.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(papi.gap().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1.56");
        assertThat(papi.unit()).isEqualTo(GapUnit.POINTS);
        assertThat(evaluate(TargetKind.SCORE_AT_LEAST, "43,4", null, null).status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void rank16IsMetAndRank15IsMissedByOnePlace() {
        assertThat(evaluate(TargetKind.RANK_AT_MOST, "16", null, null).status()).isEqualTo(TargetStatus.MET);
        TargetEvaluation top15 = evaluate(TargetKind.RANK_AT_MOST, "15", null, null);
        assertThat(top15.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(top15.gap()).isEqualByComparingTo("1");
        assertThat(top15.unit()).isEqualTo(GapUnit.RANKS);
    }

    @Test
    void groupCaoIsMet() {
        assertThat(evaluate(TargetKind.GROUP_AT_LEAST, null, 1, null).status()).isEqualTo(TargetStatus.MET);
    }

    /** D1 (rank 44) is Trung bình thấp; D3, D5, D6 and D8 are Cao. */
    @Test
    void theDimensionCountsComeFromTheDimensionsGroups() {
        TargetEvaluation allAtLeastHighAverage = evaluate(TargetKind.CHILDREN_IN_GROUP, null, 2, null);
        assertThat(allAtLeastHighAverage.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(allAtLeastHighAverage.actual()).isEqualByComparingTo("7");
        assertThat(allAtLeastHighAverage.gap()).isEqualByComparingTo("1");
        assertThat(allAtLeastHighAverage.unit()).isEqualTo(GapUnit.INDICATORS);

        TargetEvaluation threeHigh = evaluate(TargetKind.CHILDREN_IN_GROUP, null, 1, 3);
        assertThat(threeHigh.status()).isEqualTo(TargetStatus.MET);
        assertThat(threeHigh.actual()).isEqualByComparingTo("4");
        assertThat(evaluate(TargetKind.CHILDREN_IN_GROUP, null, 1, 5).gap()).isEqualByComparingTo("1");
    }

    @Test
    void improvementsAreMeasuredAgainstThePreviousResult() {
        TargetEvaluation higher = evaluate(TargetKind.SCORE_IMPROVES, "0", null, null);
        assertThat(higher.status()).isEqualTo(TargetStatus.MET);
        assertThat(higher.actual().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1.75");
        assertThat(evaluate(TargetKind.SCORE_IMPROVES, "2", null, null).gap().setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo("0.25");
        assertThat(evaluate(TargetKind.RANK_IMPROVES, "24", null, null).status()).isEqualTo(TargetStatus.MET);
        TargetEvaluation more = evaluate(TargetKind.RANK_IMPROVES, "25", null, null);
        assertThat(more.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(more.gap()).isEqualByComparingTo("1");
    }

    /** The demo's PAPI 2023 targets: no 2023 result yet, and how far the 2022 result is from them. */
    @Test
    void aYearWithoutResultsHasNoDataAndTheDistanceFromTheLatestResult() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        targets.add(plan, form(TargetKind.SCORE_AT_LEAST, "45,00", null, null, 2023, null));
        TargetEvaluation evaluation = targets.of(plan.id()).get(0).headline();
        assertThat(evaluation.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(evaluation.latestYear()).isEqualTo(2022);
        assertThat(evaluation.distance().setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("1.56");
    }

    /** Nothing is stored: a result typed in later changes the target's status at once. */
    @Test
    void theStatusFollowsTheResultsWhenTheyChange() {
        PlanView plan = fixtures.plan(2019, 2019, "PAR_INDEX");
        Catalogue par = catalogue.catalogue("PAR_INDEX");
        long aggregate = par.index().aggregate().id();
        targets.add(plan, new TargetForm(aggregate, TargetKind.RANK_AT_MOST, "30", null, null, 2019, null, null, null));
        assertThat(targets.of(plan.id()).get(0).status()).isEqualTo(TargetStatus.NO_DATA);

        entries.save("PAR_INDEX", 2019, new ManualEntryForm("63", "thử", List.of(
                new ManualValue(aggregate, "84,5", "35", null))), "tester");
        TargetView below = targets.of(plan.id()).get(0);
        assertThat(below.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(below.headline().gap()).isEqualByComparingTo("5");

        entries.save("PAR_INDEX", 2019, new ManualEntryForm("63", "thử", List.of(
                new ManualValue(aggregate, "85,9", "28", null))), "tester");
        assertThat(targets.of(plan.id()).get(0).status()).isEqualTo(TargetStatus.MET);
    }

    @Test
    void aRangeIsEvaluatedYearByYearAndStandsByItsLatestYearWithData() {
        PlanView plan = fixtures.plan(2021, 2026, "PAPI");
        targets.add(plan, form(TargetKind.SCORE_AT_LEAST, "42", null, null, 2021, 2026));
        TargetView range = targets.of(plan.id()).get(0);
        assertThat(range.years()).extracting(TargetEvaluation::year).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(range.years()).extracting(TargetEvaluation::status).startsWith(TargetStatus.BELOW_TARGET,
                TargetStatus.MET, TargetStatus.NO_DATA);
        assertThat(range.headline().year()).isEqualTo(2022);
        assertThat(range.status()).isEqualTo(TargetStatus.MET);
    }

    private TargetEvaluation evaluate(TargetKind kind, String value, Integer group, Integer childCount) {
        PlanView plan = fixtures.plan(2022, 2022, "PAPI");
        targets.add(plan, form(kind, value, group, childCount, 2022, null));
        return targets.of(plan.id()).get(0).headline();
    }

    private TargetForm form(TargetKind kind, String value, Integer group, Integer childCount, int year, Integer last) {
        return new TargetForm(catalogue.catalogue("PAPI").index().aggregate().id(), kind, value, group, childCount,
                year, last, null, null);
    }
}
