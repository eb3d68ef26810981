package vn.chiso.assessment;

/** A unit's PAR category, best first: Tốt, Khá, Trung bình, Yếu. */
public enum Rating {
    GOOD,
    FAIR,
    AVERAGE,
    WEAK;

    public String messageKey() {
        return "assessment.rating." + name();
    }
}
