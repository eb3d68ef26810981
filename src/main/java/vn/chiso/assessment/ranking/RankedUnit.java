package vn.chiso.assessment.ranking;

import java.math.BigDecimal;

import vn.chiso.assessment.AssessmentSummary;
import vn.chiso.assessment.Rating;

/**
 * A unit's place in the year's ranking of its kind, and where it stood the year before.
 *
 * @param rating   {@code null} while the year has no thresholds
 * @param previous {@code null} when the unit was not ranked the year before
 */
public record RankedUnit(AssessmentSummary assessment, BigDecimal percent, Rating rating, int rank, int outOf,
        Previous previous) {

    /** The unit's result the year before. */
    public record Previous(BigDecimal percent, Rating rating, int rank, int outOf) {
    }

    /** Percentage points gained since the year before. */
    public BigDecimal percentChange() {
        return previous == null ? null : percent.subtract(previous.percent());
    }

    /** Places gained since the year before (positive: climbed). */
    public Integer rankChange() {
        return previous == null ? null : previous.rank() - rank;
    }
}
