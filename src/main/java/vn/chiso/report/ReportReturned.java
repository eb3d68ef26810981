package vn.chiso.report;

import java.time.Instant;

/**
 * A coordinator returned a submitted report to its unit with a comment, or reopened an accepted one with a reason:
 * either way the unit may edit and send it again. Published inside the reviewing transaction.
 *
 * @param reopened the report had been accepted (a reopening), not just submitted
 */
public record ReportReturned(long reportId, long planId, long periodId, long unitId, String unitName,
        String planNumber, String periodLabel, String comment, String returnedBy, Instant returnedAt,
        boolean reopened) {

    static ReportReturned of(ReportHeader report, String comment, String returnedBy, Instant returnedAt,
            boolean reopened) {
        return new ReportReturned(report.id(), report.planId(), report.periodId(), report.unitId(),
                report.unitName(), report.planNumber(), report.periodLabel(), comment, returnedBy, returnedAt,
                reopened);
    }
}
