package vn.chiso.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An assessment waiting for Sở Nội vụ, as the work queue lists it: sent for appraisal ({@code SUBMITTED}), answered
 * by its unit after the appraisal was returned ({@code RESPONDED}), or returned and past the day its unit could
 * answer ({@code RETURNED}), so that it may be closed without the answer.
 *
 * @param late        the self-assessment was sent after the round's window closed
 * @param responseDue the last day of the unit's answer, for a returned appraisal; {@code null} otherwise
 */
public record WaitingAssessment(long id, int year, long unitId, String unitName, AssessedKind kind,
        AssessmentStatus status, Instant submittedAt, boolean late, Instant respondedAt, LocalDate responseDue) {
}
