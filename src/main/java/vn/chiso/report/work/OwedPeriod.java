package vn.chiso.report.work;

import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.period.ReportingPeriodView;

/** A reporting period in which a unit owes a report, with the plan it belongs to. */
public record OwedPeriod(ReportingPeriodView period, String planNumber, String planTitle, PlanStatus planStatus) {
}
