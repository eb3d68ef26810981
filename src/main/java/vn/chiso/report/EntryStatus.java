package vn.chiso.report;

/** How far a unit has come with one assigned task. */
public enum EntryStatus {
    NOT_STARTED, IN_PROGRESS, DONE;

    public String messageKey() {
        return "report.entry.status." + name();
    }
}
