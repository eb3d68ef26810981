package vn.chiso.report.progress;

import java.util.List;

import vn.chiso.report.timeliness.MissedReport;
import vn.chiso.report.timeliness.UnitState;
import vn.chiso.unit.UnitView;

/**
 * One unit's tasks in one plan and the plan's reports it sent late or not at all (oldest deadline first).
 */
public record UnitProgress(long planId, String planNumber, String planTitle, UnitView unit, TaskCounts tasks,
        List<MissedReport> missedReports) {

    public long lateReports() {
        return missedReports.stream().filter(report -> report.state() == UnitState.LATE).count();
    }

    public long missingReports() {
        return missedReports.stream().filter(report -> report.state() == UnitState.MISSING).count();
    }

    /** Work that should be done by now and is not: the dashboards flag the unit. */
    public boolean behind() {
        return tasks.overdue() > 0 || missingReports() > 0;
    }
}
