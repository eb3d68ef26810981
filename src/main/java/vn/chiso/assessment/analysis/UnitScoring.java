package vn.chiso.assessment.analysis;

import java.math.BigDecimal;

import vn.chiso.assessment.AssessedKind;

/**
 * How far a unit's own scores were from the appraised ones, this year and the year before.
 *
 * @param previous {@code null} when the unit had no final assessment the year before
 */
public record UnitScoring(long unitId, String unitName, AssessedKind kind, SelfVsAppraised year,
        SelfVsAppraised previous) {

    /** Percentage points of over-scoring gained since the year before (negative: the unit scores itself closer). */
    public BigDecimal change() {
        return previous == null ? null : year.overScoredPercent().subtract(previous.overScoredPercent());
    }
}
