package vn.chiso.notification;

/** What a unit sent that a coordinator is told about. */
public enum NoticeKind {
    REPORT_SUBMITTED, ASSESSMENT_SENT, APPRAISAL_ANSWERED;

    /** The sentence of a notice: its arguments are the unit, the plan's number, the period and the year. */
    public String messageKey() {
        return "notice.kind." + name();
    }
}
