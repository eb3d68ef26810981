package vn.chiso.report.work;

import vn.chiso.plan.period.OwedPeriod;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.timeliness.UnitState;

/**
 * A period in which a unit owes a report, with its report (if begun) and its state.
 *
 * @param daysLeft days until the deadline (negative once it has passed)
 */
public record PeriodRow(OwedPeriod owed, ReportHeader report, UnitState state, long daysLeft) {
}
