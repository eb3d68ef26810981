package vn.chiso.plan.target;

import java.math.BigDecimal;

/**
 * A target in one year against the published results.
 *
 * @param actual what was reached, in the gap's unit (a score, a rank, a group position, a change, a count)
 * @param gap how far it is below the target (null when met or without data)
 * @param latestYear for a target without data: the latest earlier year with a result, if any
 * @param distance for a target without data: how far that latest result is from the target
 */
public record TargetEvaluation(int year, TargetStatus status, BigDecimal actual, BigDecimal gap, GapUnit unit,
        Integer latestYear, BigDecimal distance) {

    static TargetEvaluation met(int year, BigDecimal actual, GapUnit unit) {
        return new TargetEvaluation(year, TargetStatus.MET, actual, null, unit, null, null);
    }

    static TargetEvaluation below(int year, BigDecimal actual, BigDecimal gap, GapUnit unit) {
        return new TargetEvaluation(year, TargetStatus.BELOW_TARGET, actual, gap, unit, null, null);
    }

    static TargetEvaluation noData(int year, GapUnit unit, Integer latestYear, BigDecimal distance) {
        return new TargetEvaluation(year, TargetStatus.NO_DATA, null, null, unit, latestYear, distance);
    }
}
