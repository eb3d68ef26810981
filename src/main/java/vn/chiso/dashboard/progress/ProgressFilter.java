package vn.chiso.dashboard.progress;

import java.util.List;

import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.NotFoundException;

/**
 * The filters of the task and timeliness dashboards, read leniently from the query string: a plan that is not a
 * number is ignored, a number of periods outside 1..24 is brought within it. A plan number that is no plan the
 * filter offers is a 404.
 */
record ProgressFilter(Long planId, int periods) {

    static final int DEFAULT_PERIODS = 4;
    static final int MAX_PERIODS = 24;

    static ProgressFilter of(String plan, String periods) {
        Long planId = Decimals.parseWhole(plan).map(Long::valueOf).orElse(null);
        int count = Decimals.parseWhole(periods).orElse(DEFAULT_PERIODS);
        return new ProgressFilter(planId, Math.max(1, Math.min(MAX_PERIODS, count)));
    }

    /** The plans the filter offers: all but drafts (nobody reports on them), latest issued first. */
    static List<PlanView> offered(PlanService plans) {
        return plans.all().stream().filter(plan -> plan.status() != PlanStatus.DRAFT).toList();
    }

    /** The chosen plan, or {@code null} when none was asked for. */
    PlanView plan(List<PlanView> offered) {
        if (planId == null) {
            return null;
        }
        return offered.stream().filter(plan -> plan.id() == planId).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan", planId));
    }
}
