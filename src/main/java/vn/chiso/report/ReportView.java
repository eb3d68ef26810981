package vn.chiso.report;

import java.util.List;

/** A report with one entry per task the unit reports on, in the plan's order. */
public record ReportView(ReportHeader header, List<EntryView> entries) {
}
