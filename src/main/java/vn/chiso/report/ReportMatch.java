package vn.chiso.report;

import java.time.LocalDate;

/** A report the search box found, with its unit, plan and period. */
public record ReportMatch(long id, String documentNumber, LocalDate documentDate, ReportStatus status,
        String unitName, String planNumber, String periodLabel, LocalDate deadline) {
}
