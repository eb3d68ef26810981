package vn.chiso.plan.target;

/** Where a target stands against the published results. */
public enum TargetStatus {
    MET,
    BELOW_TARGET,
    NO_DATA;

    public String messageKey() {
        return "target.status." + name();
    }
}
