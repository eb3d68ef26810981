package vn.chiso.plan;

/** Filters of the plan list; each is optional. */
public record PlanFilter(Integer year, String indexCode, PlanStatus status) {

    boolean accepts(PlanView plan) {
        return (year == null || plan.covers(year))
                && (indexCode == null || indexCode.isBlank() || plan.indexCodes().contains(indexCode))
                && (status == null || plan.status() == status);
    }
}
