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
            List<ProvinceValue> results = scope.aggregateUntil(index, scope.year());
            cards.add(new IndexCard(index.index(), results.isEmpty() ? null : results.get(0),
                    results.size() < 2 ? null : results.get(1), scope.currentLines(index)));
        }
        return new HomeDashboard(scope, cards);
    }

    public int year() {
        return scope.year();
    }
}
