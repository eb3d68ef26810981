package vn.chiso.dashboard.api;

import java.math.BigDecimal;
import java.util.List;

import vn.chiso.dashboard.TargetLine;
import vn.chiso.plan.target.TargetEvaluation;
import vn.chiso.plan.target.TargetView;

/**
 * A target as the API gives it.
 *
 * @param gapUnit what gap and distance count: POINTS, PERCENT_POINTS, RANKS, GROUPS or INDICATORS
 * @param distance without a result that year: how far the latest result (of latestYear) is from the target
 */
record ApiTarget(String plan, String indicator, String kind, BigDecimal value, Integer childCount, Integer year,
        String wording, String status, BigDecimal actual, BigDecimal gap, BigDecimal distance, Integer latestYear,
        String gapUnit, List<ApiEvaluation> years) {

    record ApiEvaluation(int year, String status, BigDecimal actual, BigDecimal gap, BigDecimal distance,
            Integer latestYear) {

        static ApiEvaluation of(TargetEvaluation e) {
            return new ApiEvaluation(e.year(), e.status().name(), plain(e.actual()), plain(e.gap()),
                    plain(e.distance()), e.latestYear());
        }
    }

    /** A target in the year of a line. */
    static ApiTarget of(TargetLine line) {
        return of(line.plan().number(), line.target(), line.evaluation(), null);
    }

    /** A target with every year it covers; its status is that of its latest year with data. */
    static ApiTarget withYears(String plan, TargetView target) {
        return of(plan, target, target.headline(), target.years().stream().map(ApiEvaluation::of).toList());
    }

    private static ApiTarget of(String plan, TargetView target, TargetEvaluation e, List<ApiEvaluation> years) {
        return new ApiTarget(plan, target.indicator().code(), target.spec().kind().name(),
                plain(target.spec().value()), target.spec().childCount(), years == null ? e.year() : null,
                target.spec().wording(), e.status().name(), plain(e.actual()), plain(e.gap()), plain(e.distance()),
                e.latestYear(), e.unit().name(), years);
    }

    static BigDecimal plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }
}
