package vn.chiso.dashboard.index;

import java.util.List;

import vn.chiso.dashboard.Scope;
import vn.chiso.dashboard.TargetLine;
import vn.chiso.index.IndexView;
import vn.chiso.index.result.TreeYear;

/**
 * One index on its dashboard in a year: trend with targets and national average, the indicator tree with what needs
 * attention first, and the province's place among all provinces and in its region.
 *
 * @param year the year shown: the one chosen, or the latest with results
 * @param tree the tree that year (null: no results that year)
 * @param ranking the ranked provinces best first (empty when the year's table holds the province alone)
 * @param region the ranked provinces of our region, best first
 */
public record IndexDashboard(Scope scope, IndexView index, int year, List<Integer> resultYears, TreeYear tree,
        List<IndicatorLine> indicators, List<TargetLine> aggregateTargets, TrendWithTargets trend,
        List<ProvinceBar> ranking, List<ProvinceBar> region) {

    public ProvinceBar ours() {
        return ranking.stream().filter(ProvinceBar::ours).findFirst().orElse(null);
    }

    /** Our place within the region (1 = best), or null when not ranked. */
    public Integer regionPlace() {
        for (int i = 0; i < region.size(); i++) {
            if (region.get(i).ours()) {
                return i + 1;
            }
        }
        return null;
    }

    public long belowTarget() {
        return indicators.stream().filter(IndicatorLine::belowTarget).count();
    }
}
