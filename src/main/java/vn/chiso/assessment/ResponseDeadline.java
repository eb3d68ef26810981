package vn.chiso.assessment;

import java.time.LocalDate;

/**
 * How long a unit has to answer the appraisal returned to it.
 *
 * @param due    the last day of the response
 * @param passed the day is over: Sở Nội vụ may close the assessment without the unit's answer
 */
public record ResponseDeadline(LocalDate due, boolean passed) {

    /** The days a unit has at least after the return. */
    public int days() {
        return AssessmentYear.RESPONSE_DAYS;
    }

    /** The first day on which Sở Nội vụ may close the assessment without the unit's answer. */
    public LocalDate closableFrom() {
        return due.plusDays(1);
    }
}
