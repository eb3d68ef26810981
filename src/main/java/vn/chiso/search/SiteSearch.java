package vn.chiso.search;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.PlanSearch;
import vn.chiso.report.ReportSearch;
import vn.chiso.shared.Matches;
import vn.chiso.shared.TextQuery;
import vn.chiso.unit.UnitMatch;
import vn.chiso.unit.UnitSearch;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * One search across the modules: at most one statement per kind, whatever the data. Each module decides what the
 * reader may open of its own; units are every unit, except for an officer, who finds only their own.
 */
@Service
@Transactional(readOnly = true)
class SiteSearch {

    /** Matches of each kind on the results page. */
    static final int FIRST = 20;
    /** Matches of the one kind asked for ("… và 35 kết quả khác" followed). */
    static final int ONE_KIND = 100;

    private final PlanSearch plans;
    private final UnitSearch units;
    private final ReportSearch reports;

    SiteSearch(PlanSearch plans, UnitSearch units, ReportSearch reports) {
        this.plans = plans;
        this.units = units;
        this.reports = reports;
    }

    /** Every kind, or only {@code kind} when one is given. */
    SearchResults find(TextQuery query, CurrentUser reader, SearchKind kind) {
        int limit = kind == null ? FIRST : ONE_KIND;
        return new SearchResults(
                wanted(SearchKind.PLANS, kind) ? plans.plans(query, reader, limit) : Matches.none(),
                wanted(SearchKind.TASKS, kind) ? plans.tasks(query, reader, limit) : Matches.none(),
                wanted(SearchKind.UNITS, kind) ? units(query, reader, limit) : Matches.none(),
                wanted(SearchKind.REPORTS, kind) ? reports.find(query, reader, limit) : Matches.none());
    }

    private Matches<UnitMatch> units(TextQuery query, CurrentUser reader, int limit) {
        if (!reader.is(Role.OFFICER)) {
            return units.find(query, null, limit);
        }
        return reader.unitId() == null ? Matches.none() : units.find(query, reader.unitId(), limit);
    }

    private static boolean wanted(SearchKind kind, SearchKind asked) {
        return asked == null || asked == kind;
    }
}
