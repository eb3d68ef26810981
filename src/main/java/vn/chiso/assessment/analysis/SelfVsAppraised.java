package vn.chiso.assessment.analysis;

import java.math.BigDecimal;

import vn.chiso.assessment.Points;

/**
 * A unit's own points against the appraised ones over the criteria that apply to it (the survey left aside).
 *
 * @param maxPoints the most those criteria can give
 */
public record SelfVsAppraised(BigDecimal maxPoints, BigDecimal selfPoints, BigDecimal appraisedPoints) {

    /** The points the unit gave itself that the appraisal took off (negative: it under-scored itself). */
    public BigDecimal overScored() {
        return selfPoints.subtract(appraisedPoints);
    }

    /** The over-scoring as a share of the unit's maximum, so that units of different sets compare. */
    public BigDecimal overScoredPercent() {
        return Points.percent(overScored(), maxPoints);
    }
}
