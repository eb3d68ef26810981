package vn.chiso.report.work;

import vn.chiso.report.ReportHeader;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.timeliness.UnitState;

/**
 * A period in which a unit owes a report, with its report (if begun) and its state.
 *
 * @param daysLeft days until the deadline (negative once it has passed)
 */
public record PeriodRow(OwedPeriod owed, ReportHeader report, UnitState state, long daysLeft) {

    /** Sent, and sent back to the unit to complete. */
    public boolean returned() {
        return report != null && report.status() == ReportStatus.RETURNED;
    }

    /** The deadline has passed and the unit still owes the report: never sent, or returned. */
    public boolean overdue() {
        return daysLeft < 0 && (state == UnitState.MISSING || returned());
    }

    long planId() {
        return owed.period().planId();
    }
}
