package vn.chiso.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted report waiting for a coordinator's review, as the work queue lists it.
 *
 * @param daysLate    {@code null} when the first submission was on time; else the days between the deadline and it
 * @param resubmitted sent again after it was returned
 */
public record WaitingReport(long id, String unitName, long planId, String planNumber, long periodId,
        String periodLabel, LocalDate deadline, Instant submittedAt, Integer daysLate, boolean resubmitted) {

    public boolean late() {
        return daysLate != null;
    }
}
