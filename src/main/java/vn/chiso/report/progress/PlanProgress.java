package vn.chiso.report.progress;

import java.util.List;

/** Every unit assigned tasks in a plan, the late ones first, and the plan's totals. */
public record PlanProgress(List<UnitProgress> units, TaskCounts totals) {

    public long lateReports() {
        return units.stream().mapToLong(UnitProgress::lateReports).sum();
    }

    public long missingReports() {
        return units.stream().mapToLong(UnitProgress::missingReports).sum();
    }

    public long unitsBehind() {
        return units.stream().filter(UnitProgress::behind).count();
    }
}
