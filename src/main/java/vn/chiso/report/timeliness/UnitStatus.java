package vn.chiso.report.timeliness;

import java.time.Instant;

import vn.chiso.report.ReportHeader;
import vn.chiso.unit.UnitView;

/** One owing unit in a period: its state, its report if it has one, and when it was last reminded. */
public record UnitStatus(UnitView unit, UnitState state, ReportHeader report, Instant lastReminder) {
}
