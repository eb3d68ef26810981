package vn.chiso.report.timeliness;

import java.util.List;

import vn.chiso.plan.period.ReportingPeriodView;

/** Every owing unit of a period, late and missing first, with the counts. */
public record PeriodTimeliness(ReportingPeriodView period, List<UnitStatus> units, Counts counts) {
}
