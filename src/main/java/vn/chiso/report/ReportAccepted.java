package vn.chiso.report;

import java.time.Instant;

/** A coordinator accepted a submitted report, which locks it. Published inside the reviewing transaction. */
public record ReportAccepted(long reportId, long planId, long periodId, long unitId, String unitName,
        String planNumber, String periodLabel, String acceptedBy, Instant acceptedAt) {

    static ReportAccepted of(ReportHeader report, String acceptedBy, Instant acceptedAt) {
        return new ReportAccepted(report.id(), report.planId(), report.periodId(), report.unitId(),
                report.unitName(), report.planNumber(), report.periodLabel(), acceptedBy, acceptedAt);
    }
}
