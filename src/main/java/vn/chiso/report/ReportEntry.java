package vn.chiso.report;

/** What a unit wrote about one task in one report, as stored. */
public record ReportEntry(long reportId, long taskId, EntryStatus status, String done, Integer percent,
        String explanation) {
}
