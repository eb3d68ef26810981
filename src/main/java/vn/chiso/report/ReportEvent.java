package vn.chiso.report;

/** What made a new version of a report: a save by hand, an automatic save, or a step of the workflow. */
public enum ReportEvent {
    SAVED, AUTOSAVED, SUBMITTED, RETURNED, ACCEPTED, REOPENED;

    public String messageKey() {
        return "report.event." + name();
    }
}
