package vn.chiso.assessment.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentSummary;
import vn.chiso.assessment.Rating;
import vn.chiso.assessment.Thresholds;
import vn.chiso.assessment.Totals;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking of units from their final assessments, without Spring or a database. */
class UnitRanksTests {

    private static final Thresholds THRESHOLDS = new Thresholds(new BigDecimal("90"), new BigDecimal("80"),
            new BigDecimal("70"));

    @Test
    void equalPercentagesShareARankAndTheNextRankSkips() {
        List<RankedUnit> ranked = UnitRanks.rank(List.of(
                unit(1, "Sở B", AssessedKind.DEPARTMENT, "85"),
                unit(2, "Sở A", AssessedKind.DEPARTMENT, "95"),
                unit(3, "Sở C", AssessedKind.DEPARTMENT, "85.00"),
                unit(4, "Sở D", AssessedKind.DEPARTMENT, "70")), THRESHOLDS, Map.of());
        assertThat(ranked).extracting(unit -> unit.assessment().unitName())
                .containsExactly("Sở A", "Sở B", "Sở C", "Sở D");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked).extracting(RankedUnit::outOf).containsOnly(4);
        assertThat(ranked).extracting(RankedUnit::rating)
                .containsExactly(Rating.GOOD, Rating.FAIR, Rating.FAIR, Rating.AVERAGE);
    }

    /** The percent is rounded before ranking: 89,996 % and 90,004 % are both 90,00 and share the first place. */
    @Test
    void unitsAreRankedOnTheirRoundedPercent() {
        List<RankedUnit> ranked = UnitRanks.rank(List.of(
                unit(1, "Sở A", AssessedKind.DEPARTMENT, "89.996"),
                unit(2, "Sở B", AssessedKind.DEPARTMENT, "90.004")), THRESHOLDS, Map.of());
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 1);
        assertThat(ranked).extracting(RankedUnit::percent).containsOnly(new BigDecimal("90.00"));
    }

    @Test
    void eachKindIsRankedAmongItself() {
        List<RankedUnit> ranked = UnitRanks.rank(List.of(
                unit(1, "Xã A", AssessedKind.COMMUNE, "99"),
                unit(2, "Sở A", AssessedKind.DEPARTMENT, "60"),
                unit(3, "Huyện A", AssessedKind.DISTRICT, "75"),
                unit(4, "Xã B", AssessedKind.COMMUNE, "50")), THRESHOLDS, Map.of());
        assertThat(ranked).extracting(unit -> unit.assessment().unitName())
                .containsExactly("Sở A", "Huyện A", "Xã A", "Xã B");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 1, 1, 2);
        assertThat(ranked).extracting(RankedUnit::outOf).containsExactly(1, 1, 2, 2);
    }

    @Test
    void withoutThresholdsUnitsAreRankedButNotRated() {
        List<RankedUnit> ranked = UnitRanks.rank(List.of(unit(1, "Sở A", AssessedKind.DEPARTMENT, "95")), null,
                Map.of());
        assertThat(ranked.get(0).rank()).isEqualTo(1);
        assertThat(ranked.get(0).rating()).isNull();
        assertThat(UnitRanks.counts(ranked)).isEmpty();
    }

    @Test
    void aUnitIsComparedWithItsOwnPlaceTheYearBefore() {
        List<RankedUnit> before = UnitRanks.rank(List.of(
                unit(1, "Sở A", AssessedKind.DEPARTMENT, "80"),
                unit(2, "Sở B", AssessedKind.DEPARTMENT, "90")), THRESHOLDS, Map.of());
        List<RankedUnit> now = UnitRanks.rank(List.of(
                unit(1, "Sở A", AssessedKind.DEPARTMENT, "92.5"),
                unit(2, "Sở B", AssessedKind.DEPARTMENT, "85"),
                unit(3, "Sở C", AssessedKind.DEPARTMENT, "60")), THRESHOLDS,
                Map.of(1L, before.get(1), 2L, before.get(0)));
        RankedUnit climbed = now.get(0);
        assertThat(climbed.assessment().unitId()).isEqualTo(1);
        assertThat(climbed.rankChange()).isEqualTo(1);
        assertThat(climbed.percentChange()).isEqualByComparingTo("12.5");
        assertThat(climbed.previous().rating()).isEqualTo(Rating.FAIR);
        assertThat(now.get(1).rankChange()).isEqualTo(-1);
        assertThat(now.get(2).previous()).as("not ranked the year before").isNull();
        assertThat(now.get(2).rankChange()).isNull();
    }

    /** Provincial bodies and districts are counted together, then each kind; shares from the counts. */
    @Test
    void ratingsAreCountedForTheProvincialBodiesAndDistrictsTogetherAndForEachKind() {
        List<RankedUnit> ranked = UnitRanks.rank(List.of(
                unit(1, "Sở A", AssessedKind.DEPARTMENT, "95"),
                unit(2, "Sở B", AssessedKind.DEPARTMENT, "85"),
                unit(3, "Huyện A", AssessedKind.DISTRICT, "91"),
                unit(4, "Xã A", AssessedKind.COMMUNE, "65")), THRESHOLDS, Map.of());
        List<RatingCounts> counts = UnitRanks.counts(ranked);
        assertThat(counts).extracting(RatingCounts::group)
                .containsExactly("PROVINCIAL", "DEPARTMENT", "DISTRICT", "COMMUNE");
        RatingCounts provincial = counts.get(0);
        assertThat(provincial.total()).isEqualTo(3);
        assertThat(provincial.count(Rating.GOOD)).isEqualTo(2);
        assertThat(provincial.count(Rating.FAIR)).isEqualTo(1);
        assertThat(provincial.percent(Rating.GOOD)).isEqualTo(new BigDecimal("66.67"));
        assertThat(counts.get(3).count(Rating.WEAK)).isEqualTo(1);
        assertThat(counts.get(3).percent(Rating.WEAK)).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aKindWithoutUnitsHasNoCounts() {
        List<RankedUnit> ranked = UnitRanks.rank(List.of(unit(1, "Xã A", AssessedKind.COMMUNE, "75")), THRESHOLDS,
                Map.of());
        assertThat(UnitRanks.countsByGroup(ranked)).containsOnlyKeys("COMMUNE");
    }

    /** A final assessment of {@code percent} points out of 100 (all appraised, no survey). */
    private static AssessmentSummary unit(long unitId, String name, AssessedKind kind, String percent) {
        BigDecimal points = new BigDecimal(percent);
        return new AssessmentSummary(unitId * 10, unitId, name, name, "U" + unitId, kind, AssessmentStatus.FINAL,
                false, null, new Totals(points, points, BigDecimal.ZERO, new BigDecimal("100")), true);
    }
}
