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

    /** Submitted and not final yet: the appraisal page is open, to change it or, while returned, to close it. */
    public boolean inAppraisal() {
        return this == SUBMITTED || this == RETURNED || this == RESPONDED;
    }

    /** Leaders read an assessment once it is final, never one Sở Nội vụ or the unit is still working on. */
    public boolean leadersMayRead() {
        return this == FINAL;
    }

    public String messageKey() {
        return "assessment.status." + name();
    }
}
