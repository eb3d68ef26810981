package vn.chiso.report;

import java.time.Instant;

/**
 * A unit sent its report for review (for the first time, or again after it was returned). Published inside the
 * submitting transaction; whoever listens reads what it needs from here, not from the report's tables.
 *
 * @param submittedBy the officer who sent it, by name
 * @param onTime      whether the unit's first submission was on time, which decides it for good
 * @param resubmitted the report had been sent before and was returned to the unit
 */
public record ReportSubmitted(long reportId, long planId, long periodId, long unitId, String unitName,
        String planNumber, String periodLabel, String submittedBy, Instant submittedAt, boolean onTime,
        boolean resubmitted) {

    /** From the report as it was before this submission, which decided {@code onTime} only if it was its first. */
    static ReportSubmitted of(ReportHeader before, String submittedBy, Instant submittedAt, boolean onTimeNow) {
        return new ReportSubmitted(before.id(), before.planId(), before.periodId(), before.unitId(),
                before.unitName(), before.planNumber(), before.periodLabel(), submittedBy, submittedAt,
                before.onTime() == null ? onTimeNow : before.onTime(), before.submitted());
    }
}
