package vn.chiso.plan.period;

import vn.chiso.plan.PlanStatus;

/** A reporting period in which a unit owes a report, with the plan it belongs to. */
public record OwedPeriod(ReportingPeriodView period, String planNumber, String planTitle, PlanStatus planStatus) {
}
