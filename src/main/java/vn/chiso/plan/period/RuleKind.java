package vn.chiso.plan.period;

/** A reporting rule falls on one date, or on a day and month every year of the plan. */
public enum RuleKind {
    ONE_OFF,
    YEARLY
}
