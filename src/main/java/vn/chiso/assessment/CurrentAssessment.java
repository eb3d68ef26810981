package vn.chiso.assessment;

import java.time.Instant;

/**
 * A unit's assessment in the current round, as its officers' home page shows it.
 *
 * @param daysLeft    days until the last day of the window (0 on that day, negative once it has passed); {@code null}
 *                    when the window has no last day
 * @param unscored    lines without a score: they keep a draft from being submitted
 * @param unexplained scores above zero without evidence or explanation: they keep it from being submitted too
 * @param response    until when the unit may answer the appraisal, while it is returned to the unit
 */
public record CurrentAssessment(AssessmentYear round, long unitId, AssessmentStatus status, Instant submittedAt,
        Long daysLeft, int unscored, int unexplained, ResponseDeadline response, String returnComment) {

    /** The unit still has to send something: its own scores, or its answer to the returned appraisal. */
    public boolean owed() {
        return status == AssessmentStatus.DRAFT || status == AssessmentStatus.RETURNED;
    }

    /** A draft nothing keeps from being submitted. */
    public boolean ready() {
        return status == AssessmentStatus.DRAFT && unscored == 0 && unexplained == 0;
    }

    public int year() {
        return round.year();
    }
}
