package vn.chiso.report.timeliness;

import vn.chiso.unit.UnitView;

/** A unit's place in the timeliness ranking: units with the same on-time rate share a rank (1, 1, 3). */
public record UnitRank(int rank, UnitView unit, Counts counts) {
}
