package vn.chiso.plan.target;

import java.math.BigDecimal;

/** A target as stored: what it promises, without its evaluation. */
public record TargetSpec(long id, long planId, long indicatorId, TargetKind kind, BigDecimal value, Integer childCount,
        int firstYear, int lastYear, String wording, int position, int version) {

    public boolean isRange() {
        return firstYear != lastYear;
    }
}
