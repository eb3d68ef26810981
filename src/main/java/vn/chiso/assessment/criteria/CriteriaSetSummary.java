package vn.chiso.assessment.criteria;

import java.math.BigDecimal;

/**
 * A set in one line of the coordinator's list.
 *
 * @param selfMax     the sum of the scored criteria's maxima, without the survey
 * @param scored      how many criteria are scored (those without children)
 * @param assessments how many units' assessments use this set: a set in use is never changed
 */
public record CriteriaSetSummary(CriteriaSet set, BigDecimal selfMax, int scored, int assessments) {

    public BigDecimal total() {
        return selfMax.add(set.surveyPoints());
    }

    public boolean inUse() {
        return assessments > 0;
    }
}
