package vn.chiso.report;

/** Where a report is in its review: draft → submitted → accepted, or → returned → submitted again. */
public enum ReportStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED;

    /** The unit may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public String messageKey() {
        return "report.status." + name();
    }
}
