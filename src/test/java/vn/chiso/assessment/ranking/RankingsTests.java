package vn.chiso.assessment.ranking;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.Rating;
import vn.chiso.unit.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking computed from final assessments: total = appraised + survey over the criteria that apply, percent
 * rounded half up to two decimals, rating by the year's thresholds, rank within the kind, counts and the change
 * since the year before. Each test has years of its own and rolls back.
 */
@ChisoTest
@Transactional
class RankingsTests {

    @Autowired
    Rankings rankings;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    AssessmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AssessmentFixtures(jdbc);
    }

    @Test
    void unitsAreRankedWithinTheirKindAndEqualPercentagesShareARank() {
        int year = 2046;
        fixtures.year(year, "90", "80", "70");
        OneCriterion departments = OneCriterion.of(fixtures, year, AssessedKind.DEPARTMENT, "90", "10");
        OneCriterion communes = OneCriterion.of(fixtures, year, AssessedKind.COMMUNE, "90", "10");
        long second = departments.finalUnit(data, "80", "5");
        long first = departments.finalUnit(data, "85", "10");
        long alsoSecond = departments.finalUnit(data, "75", "10");
        long fourth = departments.finalUnit(data, "70", "0");
        long communeSecond = communes.finalUnit(data, "60", "5");
        long communeFirst = communes.finalUnit(data, "88", "10");

        YearRanking ranking = rankings.ranking(year);

        assertThat(ranking.ofKind(AssessedKind.DEPARTMENT)).extracting(unit -> unit.assessment().unitId())
                .containsExactly(first, second, alsoSecond, fourth).hasSize(4);
        assertThat(rankOf(ranking, first)).isEqualTo(1);
        assertThat(rankOf(ranking, second)).isEqualTo(2);
        assertThat(rankOf(ranking, alsoSecond)).isEqualTo(2);
        assertThat(rankOf(ranking, fourth)).isEqualTo(4);
        assertThat(ranking.ofUnit(first).orElseThrow().outOf()).isEqualTo(4);
        // communes are ranked among themselves
        assertThat(rankOf(ranking, communeFirst)).isEqualTo(1);
        assertThat(rankOf(ranking, communeSecond)).isEqualTo(2);
        assertThat(ranking.ofUnit(communeFirst).orElseThrow().outOf()).isEqualTo(2);
        assertThat(ranking.kinds()).containsExactly(AssessedKind.DEPARTMENT, AssessedKind.COMMUNE);
    }

    @Test
    void theTotalIsTheAppraisedPointsPlusTheSurveyAsPointsAndPercent() {
        int year = 2048;
        fixtures.year(year, "90", "80", "70");
        OneCriterion set = OneCriterion.of(fixtures, year, AssessedKind.DEPARTMENT, "90", "10");
        long unit = set.unit(data, "88.5", "81.25", "8.5", AssessmentStatus.FINAL);

        RankedUnit ranked = rankings.ranking(year).ofUnit(unit).orElseThrow();

        assertThat(ranked.assessment().totals().selfPoints()).isEqualByComparingTo("88.5");
        assertThat(ranked.assessment().totals().appraisedPoints()).isEqualByComparingTo("81.25");
        assertThat(ranked.assessment().totals().surveyPoints()).isEqualByComparingTo("8.5");
        assertThat(ranked.assessment().totals().total()).isEqualByComparingTo("89.75");
        assertThat(ranked.assessment().totals().maxPoints()).isEqualByComparingTo("100");
        assertThat(ranked.percent()).isEqualByComparingTo("89.75");
        assertThat(ranked.rating()).isEqualTo(Rating.FAIR);
    }

    /** Thresholds of the province's own choosing: exactly at one is in it, a hundredth below is in the next. */
    @Test
    void ratingsFollowTheThresholdsOfTheYearAtTheirBoundaries() {
        int year = 2050;
        fixtures.year(year, "85.5", "70.25", "50");
        OneCriterion set = OneCriterion.of(fixtures, year, AssessedKind.DISTRICT, "90", "10");
        long atGood = set.finalUnit(data, "75.5", "10");
        long belowGood = set.finalUnit(data, "75.49", "10");
        long atFair = set.finalUnit(data, "60.25", "10");
        long belowFair = set.finalUnit(data, "60.24", "10");
        long atAverage = set.finalUnit(data, "40", "10");
        long belowAverage = set.finalUnit(data, "39.99", "10");

        YearRanking ranking = rankings.ranking(year);

        assertThat(ratingOf(ranking, atGood)).isEqualTo(Rating.GOOD);
        assertThat(ratingOf(ranking, belowGood)).isEqualTo(Rating.FAIR);
        assertThat(ratingOf(ranking, atFair)).isEqualTo(Rating.FAIR);
        assertThat(ratingOf(ranking, belowFair)).isEqualTo(Rating.AVERAGE);
        assertThat(ratingOf(ranking, atAverage)).isEqualTo(Rating.AVERAGE);
        assertThat(ratingOf(ranking, belowAverage)).isEqualTo(Rating.WEAK);
        assertThat(ranking.ofUnit(belowGood).orElseThrow().percent()).isEqualByComparingTo("85.49");
    }

    /** 269,99 of 300 is 89,9966… %: rounded half up to 90,00 it is Tốt; 269,98 (89,9933… %) is 89,99 and Khá. */
    @Test
    void thePercentIsRoundedToTwoDecimalsHalfUpBeforeTheRating() {
        int year = 2052;
        fixtures.year(year, "90", "80", "70");
        OneCriterion set = OneCriterion.of(fixtures, year, AssessedKind.DEPARTMENT, "290", "10");
        long roundedUp = set.finalUnit(data, "259.99", "10");
        long roundedDown = set.finalUnit(data, "259.98", "10");

        YearRanking ranking = rankings.ranking(year);

        assertThat(ranking.ofUnit(roundedUp).orElseThrow().percent()).isEqualTo(new BigDecimal("90.00"));
        assertThat(ratingOf(ranking, roundedUp)).isEqualTo(Rating.GOOD);
        assertThat(ranking.ofUnit(roundedDown).orElseThrow().percent()).isEqualTo(new BigDecimal("89.99"));
        assertThat(ratingOf(ranking, roundedDown)).isEqualTo(Rating.FAIR);
    }

    /** A waived field (and the sub-criteria under it) or a waived criterion counts neither for nor against. */
    @Test
    void waivedCriteriaLeaveTheMaximum() {
        int year = 2054;
        fixtures.year(year, "90", "80", "70");
        AssessmentFixtures.SetBuilder set = fixtures.set(year, AssessedKind.DEPARTMENT, "10");
        long first = set.node(null, "1", "Lĩnh vực một");
        long scoredUnderField = set.scored(first, "1.1", "Tiêu chí 1.1", "60");
        long second = set.node(null, "2", "Lĩnh vực hai");
        long criterion = set.node(second, "2.1", "Tiêu chí 2.1");
        long subCriterion = set.scored(criterion, "2.1.1", "Tiêu chí 2.1.1", "30");

        long fieldWaived = data.unit(UnitKind.DEPARTMENT).id();
        fixtures.waive(second, fieldWaived);
        fixtures.assessment(set, fieldWaived).score(scoredUnderField, "60", "56").score(subCriterion, "30", "30")
                .survey("7").status(AssessmentStatus.FINAL);
        long criterionWaived = data.unit(UnitKind.DEPARTMENT).id();
        fixtures.waive(scoredUnderField, criterionWaived);
        fixtures.assessment(set, criterionWaived).score(subCriterion, "30", "27").survey("9")
                .status(AssessmentStatus.FINAL);
        long nothingWaived = data.unit(UnitKind.DEPARTMENT).id();
        fixtures.assessment(set, nothingWaived).score(scoredUnderField, "60", "56").score(subCriterion, "30", "27")
                .survey("7").status(AssessmentStatus.FINAL);

        YearRanking ranking = rankings.ranking(year);

        // 56 + 7 of 70: the score typed on the waived sub-criterion does not count either
        RankedUnit withoutField = ranking.ofUnit(fieldWaived).orElseThrow();
        assertThat(withoutField.assessment().totals().maxPoints()).isEqualByComparingTo("70");
        assertThat(withoutField.assessment().totals().total()).isEqualByComparingTo("63");
        assertThat(withoutField.percent()).isEqualByComparingTo("90");
        RankedUnit withoutCriterion = ranking.ofUnit(criterionWaived).orElseThrow();
        assertThat(withoutCriterion.assessment().totals().maxPoints()).isEqualByComparingTo("40");
        assertThat(withoutCriterion.percent()).isEqualByComparingTo("90");
        assertThat(ranking.ofUnit(nothingWaived).orElseThrow().percent()).isEqualByComparingTo("90");
        assertThat(ranking.ofUnit(nothingWaived).orElseThrow().assessment().totals().maxPoints())
                .isEqualByComparingTo("100");
    }

    @Test
    void countsArePerGroupWithTheirSharesAndTheChangeSinceTheYearBefore() {
        int year = 2057;
        fixtures.year(year - 1, "90", "80", "70").year(year, "90", "80", "70");
        OneCriterion before = OneCriterion.of(fixtures, year - 1, AssessedKind.COMMUNE, "90", "10");
        OneCriterion now = OneCriterion.of(fixtures, year, AssessedKind.COMMUNE, "90", "10");
        long climber = before.finalUnit(data, "65", "10");
        before.finalUnit(data, "80", "10");
        before.finalUnit(data, "72", "10");
        before.finalUnit(data, "75", "10");
        now.finalUnit(climber, "85", "10");
        now.finalUnit(data, "82", "9");
        now.finalUnit(data, "80", "10");
        now.finalUnit(data, "75", "10");
        OneCriterion departments = OneCriterion.of(fixtures, year, AssessedKind.DEPARTMENT, "90", "10");
        OneCriterion districts = OneCriterion.of(fixtures, year, AssessedKind.DISTRICT, "90", "10");
        departments.finalUnit(data, "85", "10");
        districts.finalUnit(data, "70", "10");
        departments.unit(data, "90", null, null, AssessmentStatus.SUBMITTED);

        YearRanking ranking = rankings.ranking(year);

        assertThat(ranking.counts()).extracting(RatingCounts::group)
                .containsExactly("PROVINCIAL", "DEPARTMENT", "DISTRICT", "COMMUNE");
        RatingCounts communes = countsOf(ranking, "COMMUNE");
        assertThat(communes.total()).isEqualTo(4);
        assertThat(communes.count(Rating.GOOD)).isEqualTo(3);
        assertThat(communes.percent(Rating.GOOD)).isEqualByComparingTo("75.00");
        assertThat(communes.count(Rating.FAIR)).isEqualTo(1);
        assertThat(ranking.change(communes, Rating.GOOD)).isEqualTo(2);
        assertThat(ranking.change(communes, Rating.FAIR)).isEqualTo(-1);
        assertThat(ranking.change(communes, Rating.AVERAGE)).isEqualTo(-1);
        assertThat(ranking.change(communes, Rating.WEAK)).isZero();
        RatingCounts provincial = countsOf(ranking, "PROVINCIAL");
        assertThat(provincial.total()).isEqualTo(2);
        assertThat(provincial.count(Rating.GOOD)).isEqualTo(1);
        assertThat(provincial.count(Rating.FAIR)).isEqualTo(1);
        assertThat(ranking.change(provincial, Rating.GOOD)).as("no provincial body ranked the year before").isNull();
        assertThat(ranking.pending()).isEqualTo(1);

        RankedUnit climbed = ranking.ofUnit(climber).orElseThrow();
        assertThat(climbed.previous().percent()).isEqualByComparingTo("75");
        assertThat(climbed.previous().rank()).isEqualTo(4);
        assertThat(climbed.previous().rating()).isEqualTo(Rating.AVERAGE);
        assertThat(climbed.rank()).isEqualTo(1);
        assertThat(climbed.percentChange()).isEqualByComparingTo("20");
        assertThat(climbed.rankChange()).isEqualTo(3);
    }

    @Test
    void withoutThresholdsUnitsAreRankedButNotRated() {
        int year = 2059;
        fixtures.year(year);
        OneCriterion set = OneCriterion.of(fixtures, year, AssessedKind.DEPARTMENT, "90", "10");
        long better = set.finalUnit(data, "80", "10");
        long worse = set.finalUnit(data, "50", "10");

        YearRanking ranking = rankings.ranking(year);

        assertThat(ranking.rated()).isFalse();
        assertThat(ranking.counts()).isEmpty();
        assertThat(ranking.ofUnit(better).orElseThrow().rating()).isNull();
        assertThat(rankOf(ranking, better)).isEqualTo(1);
        assertThat(rankOf(ranking, worse)).isEqualTo(2);
    }

    @Test
    void theLatestRankedYearIsTheLatestWithAFinalAssessment() {
        fixtures.year(2099).year(2098);
        OneCriterion ranked = OneCriterion.of(fixtures, 2098, AssessedKind.DEPARTMENT, "90", "10");
        OneCriterion notYet = OneCriterion.of(fixtures, 2099, AssessedKind.DEPARTMENT, "90", "10");
        ranked.finalUnit(data, "80", "10");
        notYet.unit(data, "80", null, null, AssessmentStatus.SUBMITTED);

        assertThat(rankings.latestRankedYear()).contains(2098);
    }

    private static int rankOf(YearRanking ranking, long unitId) {
        return ranking.ofUnit(unitId).orElseThrow().rank();
    }

    private static Rating ratingOf(YearRanking ranking, long unitId) {
        return ranking.ofUnit(unitId).orElseThrow().rating();
    }

    /** A group's counts as the ranking page lists them. */
    private static RatingCounts countsOf(YearRanking ranking, String group) {
        return ranking.counts().stream().filter(counts -> counts.group().equals(group)).findFirst().orElseThrow();
    }
}
