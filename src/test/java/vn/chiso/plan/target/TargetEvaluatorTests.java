package vn.chiso.plan.target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import vn.chiso.index.GroupLabel;
import vn.chiso.index.IndexView;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.Measure;
import vn.chiso.index.ProvinceValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of target against given results, without Spring or a database: the figures are Khánh Hòa's PAPI
 * (2021: 41,69, rank 40; 2022: 43,44, rank 16, group Cao) and the departments' SIPAS 2022 (82,77 %).
 */
class TargetEvaluatorTests {

    private static final long AGGREGATE = 1;

    private static final IndexView PAPI = index(Measure.POINTS, true);

    private static final IndexView SIPAS = index(Measure.PERCENT, true);

    /** An index whose lower scores are better (a rank-like score). */
    private static final IndexView LOWER_IS_BETTER = index(Measure.POINTS, false);

    private final Map<Long, TreeMap<Integer, ProvinceValue>> values = new HashMap<>();

    private final List<IndicatorView> children = new ArrayList<>();

    // score at least

    @Test
    void aScoreBelowTheTargetIsMissedByTheDifference() {
        result(2022, "43.44", 16, 1);
        TargetEvaluation papi = evaluate(PAPI, TargetKind.SCORE_AT_LEAST, "45", null, 2022);
        assertThat(papi.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(papi.actual()).isEqualByComparingTo("43.44");
        assertThat(papi.gap()).isEqualByComparingTo("1.56");
        assertThat(papi.unit()).isEqualTo(GapUnit.POINTS);
        assertThat(papi.year()).isEqualTo(2022);
    }

    @Test
    void aScoreExactlyAtTheTargetMeetsIt() {
        result(2022, "45.00", 16, 1);
        TargetEvaluation papi = evaluate(PAPI, TargetKind.SCORE_AT_LEAST, "45", null, 2022);
        assertThat(papi.status()).isEqualTo(TargetStatus.MET);
        assertThat(papi.actual()).isEqualByComparingTo("45");
        assertThat(papi.gap()).isNull();
    }

    @Test
    void aHundredthBelowTheTargetMissesItByAHundredth() {
        result(2022, "44.99", 16, 1);
        assertThat(evaluate(PAPI, TargetKind.SCORE_AT_LEAST, "45", null, 2022).gap()).isEqualByComparingTo("0.01");
    }

    @Test
    void aPercentageIsMissedByPercentagePoints() {
        result(2022, "82.77", null, null);
        TargetEvaluation departments = evaluate(SIPAS, TargetKind.SCORE_AT_LEAST, "83", null, 2022);
        assertThat(departments.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(departments.gap()).isEqualByComparingTo("0.23");
        assertThat(departments.unit()).isEqualTo(GapUnit.PERCENT_POINTS);
    }

    @Test
    void whenLowerIsBetterAScoreAboveTheTargetIsMissed() {
        result(2022, "5", null, null);
        TargetEvaluation above = evaluate(LOWER_IS_BETTER, TargetKind.SCORE_AT_LEAST, "4", null, 2022);
        assertThat(above.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(above.gap()).isEqualByComparingTo("1");
        result(2022, "4", null, null);
        assertThat(evaluate(LOWER_IS_BETTER, TargetKind.SCORE_AT_LEAST, "4", null, 2022).status())
                .isEqualTo(TargetStatus.MET);
    }

    @Test
    void aYearWithoutResultHasNoDataAndTheDistanceFromTheLatestEarlierScore() {
        result(2021, "41.69", 40, 3);
        result(2022, "43.44", 16, 1);
        TargetEvaluation waiting = evaluate(PAPI, TargetKind.SCORE_AT_LEAST, "45", null, 2023);
        assertThat(waiting.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(waiting.year()).isEqualTo(2023);
        assertThat(waiting.latestYear()).isEqualTo(2022);
        assertThat(waiting.distance()).isEqualByComparingTo("1.56");
        assertThat(waiting.actual()).isNull();
        assertThat(waiting.gap()).isNull();
    }

    @Test
    void aLatestScoreAlreadyAboveTheTargetIsNoDistanceAway() {
        result(2022, "43.44", 16, 1);
        assertThat(evaluate(PAPI, TargetKind.SCORE_AT_LEAST, "40", null, 2023).distance()).isEqualByComparingTo("0");
    }

    @Test
    void withoutAnyResultThereIsNoDataAndNoDistance() {
        TargetEvaluation nothing = evaluate(PAPI, TargetKind.SCORE_AT_LEAST, "45", null, 2023);
        assertThat(nothing.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(nothing.latestYear()).isNull();
        assertThat(nothing.distance()).isNull();
    }

    @Test
    void aLaterResultDoesNotCountForAnEarlierYear() {
        result(2022, "43.44", 16, 1);
        TargetEvaluation before = evaluate(PAPI, TargetKind.SCORE_AT_LEAST, "45", null, 2021);
        assertThat(before.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(before.latestYear()).isNull();
    }

    @Test
    void aRankWithoutAScoreIsNoScore() {
        result(2021, "41.69", 40, 3);
        result(2022, null, 16, 1);
        TargetEvaluation rankOnly = evaluate(PAPI, TargetKind.SCORE_AT_LEAST, "45", null, 2022);
        assertThat(rankOnly.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(rankOnly.latestYear()).isEqualTo(2021);
        assertThat(rankOnly.distance()).isEqualByComparingTo("3.31");
    }

    // rank at most

    @Test
    void rank16IsInTheTop16AndOnePlaceOutsideTheTop15() {
        result(2022, "43.44", 16, 1);
        TargetEvaluation top16 = evaluate(PAPI, TargetKind.RANK_AT_MOST, "16", null, 2022);
        assertThat(top16.status()).isEqualTo(TargetStatus.MET);
        assertThat(top16.actual()).isEqualByComparingTo("16");
        TargetEvaluation top15 = evaluate(PAPI, TargetKind.RANK_AT_MOST, "15", null, 2022);
        assertThat(top15.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(top15.actual()).isEqualByComparingTo("16");
        assertThat(top15.gap()).isEqualByComparingTo("1");
        assertThat(top15.unit()).isEqualTo(GapUnit.RANKS);
    }

    @Test
    void aYearWithoutRankIsMeasuredFromTheLatestRank() {
        result(2021, "41.69", 40, 3);
        result(2022, "43.44", null, null);
        TargetEvaluation waiting = evaluate(PAPI, TargetKind.RANK_AT_MOST, "30", null, 2023);
        assertThat(waiting.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(waiting.latestYear()).as("2022 has a score but no rank").isEqualTo(2021);
        assertThat(waiting.distance()).isEqualByComparingTo("10");
        assertThat(waiting.unit()).isEqualTo(GapUnit.RANKS);
    }

    // group at least

    @Test
    void groupCaoMeetsCaoAndTrungBinhCaoMissesItByOneGroup() {
        result(2022, "43.44", 16, 1);
        assertThat(evaluate(PAPI, TargetKind.GROUP_AT_LEAST, "1", null, 2022).status()).isEqualTo(TargetStatus.MET);
        assertThat(evaluate(PAPI, TargetKind.GROUP_AT_LEAST, "2", null, 2022).status()).as("better than asked")
                .isEqualTo(TargetStatus.MET);
        result(2022, "42.20", 30, 2);
        TargetEvaluation below = evaluate(PAPI, TargetKind.GROUP_AT_LEAST, "1", null, 2022);
        assertThat(below.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(below.actual()).isEqualByComparingTo("2");
        assertThat(below.gap()).isEqualByComparingTo("1");
        assertThat(below.unit()).isEqualTo(GapUnit.GROUPS);
    }

    @Test
    void aYearWithoutGroupIsMeasuredFromTheLatestGroup() {
        result(2021, "41.69", 40, 3);
        TargetEvaluation waiting = evaluate(PAPI, TargetKind.GROUP_AT_LEAST, "1", null, 2022);
        assertThat(waiting.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(waiting.latestYear()).isEqualTo(2021);
        assertThat(waiting.distance()).isEqualByComparingTo("2");
    }

    // improvements

    @Test
    void aHigherScoreThanTheYearBeforeIsAnImprovement() {
        result(2021, "41.69", 40, 3);
        result(2022, "43.44", 16, 1);
        TargetEvaluation higher = evaluate(PAPI, TargetKind.SCORE_IMPROVES, "0", null, 2022);
        assertThat(higher.status()).isEqualTo(TargetStatus.MET);
        assertThat(higher.actual()).isEqualByComparingTo("1.75");
        TargetEvaluation byTwo = evaluate(PAPI, TargetKind.SCORE_IMPROVES, "2", null, 2022);
        assertThat(byTwo.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(byTwo.gap()).isEqualByComparingTo("0.25");
        assertThat(evaluate(PAPI, TargetKind.SCORE_IMPROVES, "1.75", null, 2022).status()).as("exactly the increase")
                .isEqualTo(TargetStatus.MET);
    }

    @Test
    void theSameScoreIsNoImprovementAndALowerOneMissesByItsFall() {
        result(2021, "43.44", 16, 1);
        result(2022, "43.44", 16, 1);
        assertThat(evaluate(PAPI, TargetKind.SCORE_IMPROVES, "0", null, 2022).status())
                .isEqualTo(TargetStatus.BELOW_TARGET);
        result(2022, "42.44", 30, 2);
        TargetEvaluation lower = evaluate(PAPI, TargetKind.SCORE_IMPROVES, "0", null, 2022);
        assertThat(lower.actual()).isEqualByComparingTo("-1");
        assertThat(lower.gap()).isEqualByComparingTo("1");
    }

    @Test
    void whenLowerIsBetterAFallingScoreIsAnImprovement() {
        result(2021, "5", null, null);
        result(2022, "3", null, null);
        TargetEvaluation fell = evaluate(LOWER_IS_BETTER, TargetKind.SCORE_IMPROVES, "0", null, 2022);
        assertThat(fell.status()).isEqualTo(TargetStatus.MET);
        assertThat(fell.actual()).isEqualByComparingTo("2");
    }

    @Test
    void anImprovementWithoutTheYearBeforeHasNoData() {
        result(2022, "43.44", 16, 1);
        TargetEvaluation first = evaluate(PAPI, TargetKind.SCORE_IMPROVES, "0", null, 2022);
        assertThat(first.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(first.latestYear()).isNull();
        TargetEvaluation next = evaluate(PAPI, TargetKind.RANK_IMPROVES, "1", null, 2023);
        assertThat(next.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(next.latestYear()).isEqualTo(2022);
        assertThat(next.distance()).as("the places still to gain").isEqualByComparingTo("1");
    }

    @Test
    void placesGainedAreCountedFromTheLatestEarlierRank() {
        result(2020, "39.14", 50, 4);
        result(2021, "41.69", null, null);
        result(2022, "43.44", 16, 1);
        TargetEvaluation gained = evaluate(PAPI, TargetKind.RANK_IMPROVES, "1", null, 2022);
        assertThat(gained.status()).isEqualTo(TargetStatus.MET);
        assertThat(gained.actual()).as("from 50th in 2020, 2021 has no rank").isEqualByComparingTo("34");
        assertThat(gained.unit()).isEqualTo(GapUnit.RANKS);
    }

    @Test
    void keepingTheSameRankMissesOnePlaceMore() {
        result(2021, "41.69", 16, 1);
        result(2022, "43.44", 16, 1);
        TargetEvaluation same = evaluate(PAPI, TargetKind.RANK_IMPROVES, "1", null, 2022);
        assertThat(same.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(same.actual()).isEqualByComparingTo("0");
        assertThat(same.gap()).isEqualByComparingTo("1");
        result(2021, "41.69", 17, 2);
        assertThat(evaluate(PAPI, TargetKind.RANK_IMPROVES, "1", null, 2022).status()).as("exactly one place")
                .isEqualTo(TargetStatus.MET);
    }

    // count of children in a group

    /** The eight PAPI dimensions of 2022 by group: D1 Trung bình thấp, four Cao, three Trung bình cao. */
    @Test
    void childrenAreCountedByTheirGroups() {
        dimensions(2022, 3, 2, 1, 2, 1, 1, 2, 1);
        TargetEvaluation allAtLeastHighAverage = evaluate(PAPI, TargetKind.CHILDREN_IN_GROUP, "2", null, 2022);
        assertThat(allAtLeastHighAverage.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(allAtLeastHighAverage.actual()).isEqualByComparingTo("7");
        assertThat(allAtLeastHighAverage.gap()).isEqualByComparingTo("1");
        assertThat(allAtLeastHighAverage.unit()).isEqualTo(GapUnit.INDICATORS);

        TargetEvaluation threeHigh = evaluate(PAPI, TargetKind.CHILDREN_IN_GROUP, "1", 3, 2022);
        assertThat(threeHigh.status()).isEqualTo(TargetStatus.MET);
        assertThat(threeHigh.actual()).isEqualByComparingTo("4");
        assertThat(evaluate(PAPI, TargetKind.CHILDREN_IN_GROUP, "1", 4, 2022).status()).as("exactly four")
                .isEqualTo(TargetStatus.MET);
        TargetEvaluation fiveHigh = evaluate(PAPI, TargetKind.CHILDREN_IN_GROUP, "1", 5, 2022);
        assertThat(fiveHigh.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(fiveHigh.gap()).isEqualByComparingTo("1");
    }

    @Test
    void childrenWithoutAGroupYetLeaveTheCountOpenWhileTheyCouldMakeItUp() {
        dimensions(2022, 1, 1, null, null, 3, 3, 3, 3);
        TargetEvaluation open = evaluate(PAPI, TargetKind.CHILDREN_IN_GROUP, "1", 4, 2022);
        assertThat(open.status()).as("2 Cao and 2 not known").isEqualTo(TargetStatus.NO_DATA);
        assertThat(open.latestYear()).isNull();
        TargetEvaluation missed = evaluate(PAPI, TargetKind.CHILDREN_IN_GROUP, "1", 5, 2022);
        assertThat(missed.status()).as("even both unknown would not make 5").isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(missed.gap()).isEqualByComparingTo("3");
    }

    @Test
    void aYearWithoutChildGroupsIsMeasuredFromTheLatestYearWithThem() {
        dimensions(2022, 3, 2, 1, 2, 1, 1, 2, 1);
        TargetEvaluation waiting = evaluate(PAPI, TargetKind.CHILDREN_IN_GROUP, "2", null, 2023);
        assertThat(waiting.status()).isEqualTo(TargetStatus.NO_DATA);
        assertThat(waiting.latestYear()).isEqualTo(2022);
        assertThat(waiting.distance()).isEqualByComparingTo("1");
        assertThat(evaluate(PAPI, TargetKind.CHILDREN_IN_GROUP, "1", 3, 2023).distance()).isEqualByComparingTo("0");
    }

    private TargetEvaluation evaluate(IndexView index, TargetKind kind, String value, Integer childCount, int year) {
        TargetSpec spec = new TargetSpec(1, 1, AGGREGATE, kind, new BigDecimal(value), childCount, year, year, null, 0,
                0);
        return new TargetEvaluator(spec, index, children, values).in(year);
    }

    private void result(int year, String score, Integer rank, Integer group) {
        value(AGGREGATE, year, score, rank, group);
    }

    private void value(long indicatorId, int year, String score, Integer rank, Integer group) {
        values.computeIfAbsent(indicatorId, id -> new TreeMap<>()).put(year,
                new ProvinceValue(year, score == null ? null : new BigDecimal(score), rank, group, 61));
    }

    /** The aggregate's eight dimensions with their groups of a year (null: not known). */
    private void dimensions(int year, Integer... groups) {
        for (int i = 0; i < groups.length; i++) {
            long id = 10 + i;
            if (children.size() < groups.length) {
                children.add(new IndicatorView(id, 1, AGGREGATE, "PAPI.D" + (i + 1), "D" + (i + 1), "D" + (i + 1),
                        BigDecimal.ONE, BigDecimal.TEN, null, null, i, false, 1));
            }
            if (groups[i] != null) {
                value(id, year, "5", null, groups[i]);
            }
        }
    }

    private static IndexView index(Measure measure, boolean higherIsBetter) {
        IndicatorView aggregate = new IndicatorView(AGGREGATE, 1, null, "X", "X", "X", BigDecimal.ZERO,
                BigDecimal.valueOf(100), null, null, 0, false, 0);
        return new IndexView(1, "X", "X", "X", "publisher", measure, higherIsBetter, List.of(
                new GroupLabel(1, "Cao", "High"), new GroupLabel(2, "Trung bình cao", "High average"),
                new GroupLabel(3, "Trung bình thấp", "Low average"), new GroupLabel(4, "Thấp", "Low")), aggregate);
    }
}
