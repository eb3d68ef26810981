package vn.chiso.assessment;

import java.time.Instant;

/**
 * A unit sent its self-assessment for appraisal. Published inside the submitting transaction.
 *
 * @param submittedBy the officer who sent it, by name
 * @param late        sent after the round's window closed
 */
public record AssessmentSent(long assessmentId, int year, long unitId, String unitName, String submittedBy,
        Instant submittedAt, boolean late) {

    /** From the assessment as it was before: lateness once recorded stays, as the submission keeps it. */
    static AssessmentSent of(AssessmentHeader before, String submittedBy, Instant submittedAt, boolean lateNow) {
        return new AssessmentSent(before.id(), before.year(), before.unitId(), before.unitName(), submittedBy,
                submittedAt, before.late() == null ? lateNow : before.late());
    }
}
