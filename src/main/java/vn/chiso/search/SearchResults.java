package vn.chiso.search;

import vn.chiso.plan.PlanMatch;
import vn.chiso.plan.TaskMatch;
import vn.chiso.report.ReportMatch;
import vn.chiso.shared.Matches;
import vn.chiso.unit.UnitMatch;

/** What one search found of each kind; a kind the reader may not open, or did not ask for, found nothing. */
public record SearchResults(Matches<PlanMatch> plans, Matches<TaskMatch> tasks, Matches<UnitMatch> units,
        Matches<ReportMatch> reports) {

    public boolean isEmpty() {
        return plans.isEmpty() && tasks.isEmpty() && units.isEmpty() && reports.isEmpty();
    }
}
