package vn.chiso.report;

/** What made a new version of a report. */
public enum ReportEvent {
    SAVED, SUBMITTED, RETURNED, ACCEPTED, REOPENED;

    public String messageKey() {
        return "report.event." + name();
    }
}
