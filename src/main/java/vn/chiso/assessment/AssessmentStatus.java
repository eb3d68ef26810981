package vn.chiso.assessment;

/**
 * Where a unit's assessment stands: draft → submitted (the unit is done) → final (appraised), or submitted →
 * returned once to the unit with the appraisal → responded → final.
 */
public enum AssessmentStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    RESPONDED,
    FINAL;

    /** The unit may change its scores and evidence. */
    public boolean selfEditable() {
        return this == DRAFT;
    }

    /** Sở Nội vụ may change the appraisal. */
    public boolean appraisable() {
        return this == SUBMITTED || this == RESPONDED;
    }

    public String messageKey() {
        return "assessment.status." + name();
    }
}
