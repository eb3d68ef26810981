package vn.chiso.dashboard;

import java.util.ArrayList;
import java.util.List;

import vn.chiso.index.Catalogue;
import vn.chiso.index.ProvinceValue;

/** The home dashboard: one card per index for the year shown. */
public record HomeDashboard(Scope scope, List<IndexCard> cards) {

    public static HomeDashboard of(Scope scope) {
        List<IndexCard> cards = new ArrayList<>();
        for (Catalogue index : scope.shownIndices()) {
            String code = index.index().code();
            List<ProvinceValue> results = scope.aggregateUntil(index, scope.year());
            Integer latestYear = scope.latestResultYear(index, scope.year());
            boolean shownYearHasResults = latestYear != null && latestYear == scope.year();
            List<TargetLine> lines = new ArrayList<>(scope.lines(code, scope.year(), shownYearHasResults));
            if (latestYear != null && !shownYearHasResults) {
                lines.addAll(scope.lines(code, latestYear, true));
            }
            cards.add(new IndexCard(index.index(), results.isEmpty() ? null : results.get(0),
                    results.size() < 2 ? null : results.get(1), lines));
        }
        return new HomeDashboard(scope, cards);
    }

    public int year() {
        return scope.year();
    }
}
