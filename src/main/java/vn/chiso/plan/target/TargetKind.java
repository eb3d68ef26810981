package vn.chiso.plan.target;

/**
 * The kinds of target the province's plans set (DESIGN.md, "Target kinds"). What {@code value} means depends on it.
 */
public enum TargetKind {
    /** Score at least {@code value}: "PAPI 2023 ≥ 45,00". */
    SCORE_AT_LEAST,
    /** Rank at most {@code value}: "PAR INDEX in the top 30". */
    RANK_AT_MOST,
    /** Group at least the group at position {@code value}: "stay in group Cao". */
    GROUP_AT_LEAST,
    /** Score higher than the previous result by at least {@code value} (0: simply higher). */
    SCORE_IMPROVES,
    /** Rank better than the previous result by at least {@code value} places: "+1 rank every year". */
    RANK_IMPROVES,
    /** At least {@code childCount} (null: all) child indicators in the group at position {@code value} or better. */
    CHILDREN_IN_GROUP;

    public String messageKey() {
        return "target.kind." + name();
    }

    /** Kinds whose value is a whole number (a rank, a group position, a number of places). */
    public boolean wholeValue() {
        return this == RANK_AT_MOST || this == GROUP_AT_LEAST || this == RANK_IMPROVES || this == CHILDREN_IN_GROUP;
    }

    /** Kinds measured against the result before: a year's latest result is a baseline, never already "reached". */
    public boolean improvement() {
        return this == SCORE_IMPROVES || this == RANK_IMPROVES;
    }

    /** Kinds that take a group (the form's group field) instead of a typed value. */
    public boolean groupValue() {
        return this == GROUP_AT_LEAST || this == CHILDREN_IN_GROUP;
    }

    /** Kinds that take a typed value (a score, a rank, an increase, a number of places). */
    public boolean typedValue() {
        return !groupValue();
    }

    /** The only kind that counts child indicators; the others ignore a number of children. */
    public boolean countsChildren() {
        return this == CHILDREN_IN_GROUP;
    }
}
