package vn.chiso.report.timeliness;

import java.util.List;

/**
 * The units ranked by their on-time rate over the last periods, best first, with the reports still missing (oldest
 * deadline first) and the counts of all units together.
 */
public record Ranking(List<UnitRank> units, List<MissedReport> missing, Counts totals) {
}
