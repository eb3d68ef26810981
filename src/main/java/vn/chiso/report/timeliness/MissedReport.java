package vn.chiso.report.timeliness;

import java.time.LocalDate;

import vn.chiso.unit.UnitView;

/**
 * A report a unit owed for a period whose deadline has passed and sent late ({@link UnitState#LATE}) or not at all
 * ({@link UnitState#MISSING}).
 */
public record MissedReport(UnitView unit, long planId, String planNumber, long periodId, String periodLabel,
        LocalDate deadline, UnitState state, long daysSinceDeadline) {
}
