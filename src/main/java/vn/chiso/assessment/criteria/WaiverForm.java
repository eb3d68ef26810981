package vn.chiso.assessment.criteria;

/** A criterion (of any level) that does not apply to a unit. */
public record WaiverForm(Long unitId, Long criterionId) {

    public static WaiverForm empty() {
        return new WaiverForm(null, null);
    }
}
