package vn.chiso.assessment.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.Points;

/**
 * One scored criterion (by its code) over the units of a kind that it applies to: the points they could have had,
 * the appraised points, and what they lost.
 */
public record CriterionLoss(AssessedKind kind, String code, String name, int units, BigDecimal maxPoints,
        BigDecimal selfPoints, BigDecimal appraisedPoints) {

    public BigDecimal lost() {
        return maxPoints.subtract(appraisedPoints);
    }

    public BigDecimal lostPerUnit() {
        return lost().divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
    }

    public BigDecimal lostPercent() {
        return Points.percent(lost(), maxPoints);
    }

    /** What the units gave themselves on it above the appraisal. */
    public BigDecimal overScored() {
        return selfPoints.subtract(appraisedPoints);
    }
}
