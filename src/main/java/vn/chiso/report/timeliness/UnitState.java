package vn.chiso.report.timeliness;

/**
 * Where an owing unit stands for a period: its first submission came on time or late, or nothing has come and the
 * deadline has passed (missing) or not yet (pending).
 */
public enum UnitState {
    ON_TIME, LATE, MISSING, PENDING;

    public String messageKey() {
        return "report.state." + name();
    }

    /** Whether a reminder still makes sense. */
    public boolean unsent() {
        return this == MISSING || this == PENDING;
    }
}
