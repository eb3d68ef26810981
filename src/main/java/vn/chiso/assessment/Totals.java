package vn.chiso.assessment;

import java.math.BigDecimal;

/**
 * A unit's points: self-assessed and appraised (over the criteria that apply to it), the survey's, and the total
 * (appraised + survey) as points and as a percentage of the most it could have had.
 */
public record Totals(BigDecimal selfPoints, BigDecimal appraisedPoints, BigDecimal surveyPoints, BigDecimal maxPoints) {

    public BigDecimal total() {
        return appraisedPoints.add(surveyPoints);
    }

    public BigDecimal percent() {
        return Points.percent(total(), maxPoints);
    }

    /** The points the appraisal took off (or, when negative, added to) the unit's own scores. */
    public BigDecimal overScored() {
        return selfPoints.subtract(appraisedPoints);
    }
}
