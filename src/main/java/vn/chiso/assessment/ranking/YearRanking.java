package vn.chiso.assessment.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.Rating;
import vn.chiso.assessment.Thresholds;

/**
 * The ranking of a year from the final assessments: each unit ranked within its kind, and the counts of ratings
 * by group, this year and the year before.
 *
 * @param thresholds {@code null} while the year has none (units are ranked but not rated)
 * @param pending    assessments of the year not final yet, left out of the ranking
 */
public record YearRanking(int year, Thresholds thresholds, List<RankedUnit> units, List<RatingCounts> counts,
        Map<String, RatingCounts> previousCounts, int pending) {

    /** The kinds that have ranked units, in their order. */
    public List<AssessedKind> kinds() {
        return Arrays.stream(AssessedKind.values()).filter(kind -> !ofKind(kind).isEmpty()).toList();
    }

    /** Whether the units are rated (the year has thresholds) and not only ranked. */
    public boolean rated() {
        return thresholds != null;
    }

    public List<RankedUnit> ofKind(AssessedKind kind) {
        return units.stream().filter(unit -> unit.assessment().kind() == kind).toList();
    }

    public Optional<RankedUnit> ofUnit(long unitId) {
        return units.stream().filter(unit -> unit.assessment().unitId() == unitId).findFirst();
    }

    /** Units gained in a rating since the year before, or {@code null} without the year before. */
    public Integer change(RatingCounts current, Rating rating) {
        RatingCounts before = previousCounts.get(current.group());
        return before == null ? null : current.count(rating) - before.count(rating);
    }

    public List<Rating> ratings() {
        return List.of(Rating.values());
    }
}
