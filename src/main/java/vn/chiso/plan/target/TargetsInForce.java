package vn.chiso.plan.target;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;

/**
 * Which targets count for a year, as the dashboards measure the province: those of the plans in force; for a year
 * that already has results, also those of closed plans (the yardstick that year was measured against). Drafts never
 * count. A chosen plan counts alone, in force or closed.
 *
 * @param plans the plans whose targets may count, by id
 * @param chosen the plan a reader narrowed to, or null
 */
public record TargetsInForce(Map<Long, PlanView> plans, PlanView chosen) {

    public static TargetsInForce of(List<PlanView> plans, PlanView chosen) {
        return new TargetsInForce(plans.stream().collect(Collectors.toMap(PlanView::id, Function.identity())),
                chosen);
    }

    /** A target of a plan in force, or of the chosen plan: what is being worked for now. */
    public boolean inForce(TargetSpec target) {
        PlanView owner = plans.get(target.planId());
        if (owner == null || owner.status() == PlanStatus.DRAFT) {
            return false;
        }
        return chosen != null ? chosen.id() == owner.id() : owner.status() == PlanStatus.IN_FORCE;
    }

    /** Whether a target counts for a year of its own, with or without results yet. */
    public boolean counts(TargetSpec target, int year, boolean yearHasResults) {
        if (year < target.firstYear() || year > target.lastYear()) {
            return false;
        }
        if (inForce(target)) {
            return true;
        }
        PlanView owner = plans.get(target.planId());
        return chosen == null && yearHasResults && owner != null && owner.status() == PlanStatus.CLOSED;
    }
}
