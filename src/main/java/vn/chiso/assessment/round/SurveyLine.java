package vn.chiso.assessment.round;

import java.math.BigDecimal;

import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;

/**
 * An enrolled unit's survey points.
 *
 * @param points {@code null} until entered
 * @param max    the most the survey gives in the unit's criteria set
 */
public record SurveyLine(long assessmentId, long unitId, String unitCode, String unitName, AssessedKind kind,
        AssessmentStatus status, BigDecimal points, BigDecimal max) {

    /** A final assessment's total is settled: its survey points no longer change. */
    public boolean locked() {
        return status == AssessmentStatus.FINAL;
    }
}
