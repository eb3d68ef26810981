package vn.chiso.notification;

/** What a person is told about. */
public enum NoticeKind {
    REPORT_SUBMITTED, ASSESSMENT_SENT, APPRAISAL_ANSWERED, APPRAISAL_RETURNED, RESULTS_PUBLISHED;

    /**
     * The sentence of a notice: its arguments are the unit, the plan's number, the period, the year and the index's
     * code.
     */
    public String messageKey() {
        return "notice.kind." + name();
    }
}
