package vn.chiso.plan.target;

/** What a gap is counted in: the indicator's points or percentage points, ranks, groups, or child indicators. */
public enum GapUnit {
    POINTS,
    PERCENT_POINTS,
    RANKS,
    GROUPS,
    INDICATORS;

    public String messageKey() {
        return "target.gap." + name();
    }

    public int scale() {
        return this == POINTS || this == PERCENT_POINTS ? 2 : 0;
    }
}
