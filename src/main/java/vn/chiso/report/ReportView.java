package vn.chiso.report;

import java.util.List;

/**
 * A report with one entry per task the unit reports on, in the plan's order.
 *
 * @param signedDocument the signed PDF of the report as a whole; null while none is attached
 */
public record ReportView(ReportHeader header, List<EntryView> entries, SignedDocument signedDocument) {
}
