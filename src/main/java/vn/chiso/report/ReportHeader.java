package vn.chiso.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report without its entries: whose it is, for which plan and period, where it stands in review and whether its
 * first submission was on time.
 */
public record ReportHeader(long id, long planId, String planNumber, String planTitle, LocalDate planIssueDate,
        long periodId, String periodLabel, LocalDate deadline, long unitId, String unitName, ReportStatus status,
        String documentNumber, LocalDate documentDate, String addressee, Instant firstSubmittedAt, Boolean onTime,
        Instant submittedAt, String reviewComment, String reviewedBy, Instant reviewedAt, String updatedBy,
        Instant updatedAt, int version) {

    public boolean submitted() {
        return firstSubmittedAt != null;
    }
}
