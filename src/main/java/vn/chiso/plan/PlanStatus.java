package vn.chiso.plan;

/** Where a plan stands: being written, in force, or closed. */
public enum PlanStatus {
    DRAFT,
    IN_FORCE,
    CLOSED;

    public String messageKey() {
        return "plan.status." + name();
    }
}
