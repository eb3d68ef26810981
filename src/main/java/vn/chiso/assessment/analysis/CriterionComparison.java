package vn.chiso.assessment.analysis;

import java.math.BigDecimal;

import vn.chiso.assessment.Points;

/**
 * One scored criterion of a unit's final assessment: its own score against the appraised one, and the appraised
 * score of the criterion with the same code the year before.
 *
 * @param selfScore          {@code null} when the unit left it empty
 * @param appraisedScore     {@code null} when it was not appraised (it then counts as zero)
 * @param previousMaxPoints  {@code null} when the unit had no such criterion the year before (or it was waived)
 */
public record CriterionComparison(String code, String name, BigDecimal maxPoints, BigDecimal selfScore,
        BigDecimal appraisedScore, BigDecimal previousMaxPoints, BigDecimal previousAppraisedScore) {

    public BigDecimal overScored() {
        return Points.orZero(selfScore).subtract(Points.orZero(appraisedScore));
    }

    public BigDecimal lost() {
        return maxPoints.subtract(Points.orZero(appraisedScore));
    }

    public boolean hasPrevious() {
        return previousMaxPoints != null;
    }

    /** Appraised points gained on the criterion since the year before. */
    public BigDecimal change() {
        return hasPrevious() ? Points.orZero(appraisedScore).subtract(Points.orZero(previousAppraisedScore)) : null;
    }
}
