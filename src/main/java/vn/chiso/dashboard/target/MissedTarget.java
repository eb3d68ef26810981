package vn.chiso.dashboard.target;

import java.util.List;

import vn.chiso.dashboard.TargetLine;
import vn.chiso.report.work.LinkedTask;
import vn.chiso.unit.UnitView;

/**
 * A target below target with who answers for it: the unit that follows the indicator in the province, and the
 * tasks working on the indicator (or on the indicators above and below it) with their units' progress.
 */
public record MissedTarget(TargetLine line, UnitView leadUnit, List<LinkedTask> tasks) {
}
