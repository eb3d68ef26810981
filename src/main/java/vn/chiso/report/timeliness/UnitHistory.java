package vn.chiso.report.timeliness;

import java.util.List;

import vn.chiso.unit.UnitView;

/** A unit's states over a plan's periods, in the order of the periods (null where it owed nothing). */
public record UnitHistory(UnitView unit, List<UnitStatus> periods, Counts counts) {
}
