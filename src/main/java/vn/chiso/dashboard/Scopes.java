package vn.chiso.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndexResults;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.ProvinceValue;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.target.TargetView;
import vn.chiso.plan.target.TargetsInForce;
import vn.chiso.shared.NotFoundException;

/**
 * Loads a dashboard's {@link Scope}: five statements whatever the number of plans, targets and years. The catalogue
 * and the results are read once, for the pages and for the evaluation of the targets.
 */
@Component
@Transactional(readOnly = true)
public class Scopes {

    private final IndexCatalogue catalogue;
    private final IndexResults results;
    private final PlanService plans;
    private final TargetService targets;
    private final Clock clock;

    Scopes(IndexCatalogue catalogue, IndexResults results, PlanService plans, TargetService targets, Clock clock) {
        this.catalogue = catalogue;
        this.results = results;
        this.plans = plans;
        this.targets = targets;
        this.clock = clock;
    }

    public Scope of(DashboardFilter filter) {
        List<Catalogue> catalogues = catalogue.all();
        if (filter.indexCode() != null
                && catalogues.stream().noneMatch(c -> c.index().code().equals(filter.indexCode()))) {
            throw new NotFoundException("Index", filter.indexCode());
        }
        Map<Long, TreeMap<Integer, ProvinceValue>> values = results.ours(catalogues.stream()
                .flatMap(c -> c.indicators().stream()).map(IndicatorView::id).toList());
        List<PlanView> visible = plans.all().stream().filter(plan -> plan.status() != PlanStatus.DRAFT).toList();
        PlanView chosen = filter.planId() == null ? null : visible.stream()
                .filter(plan -> plan.id() == filter.planId()).findFirst()
                .orElseThrow(() -> new NotFoundException("Plan", filter.planId()));
        List<PlanView> inView = chosen != null ? List.of(chosen) : visible;
        List<TargetView> evaluated = targets.of(inView.stream().map(PlanView::id).toList(), catalogues, values);

        int latest = latestYear(values.values());
        int year = filter.year() != null ? filter.year() : workingYear(latest);
        return new Scope(year, filter.year() != null, years(values.values(), visible, year), visible, chosen,
                filter.indexCode(), catalogues, values, evaluated, TargetsInForce.of(inView, chosen));
    }

    /** Results of a year are published the year after: the year being worked for follows the latest result. */
    private int workingYear(int latest) {
        int now = LocalDate.now(clock).getYear();
        return latest == 0 ? now : Math.max(latest, Math.min(latest + 1, now));
    }

    private static int latestYear(Collection<TreeMap<Integer, ProvinceValue>> values) {
        return values.stream().filter(years -> !years.isEmpty()).mapToInt(TreeMap::lastKey).max().orElse(0);
    }

    /** From the earliest result or plan to the last planned year, latest first. */
    private static List<Integer> years(Collection<TreeMap<Integer, ProvinceValue>> values, List<PlanView> plans,
            int shown) {
        int earliestResult = values.stream().filter(years -> !years.isEmpty()).mapToInt(TreeMap::firstKey).min()
                .orElse(shown);
        int first = Math.min(Math.min(shown, earliestResult),
                plans.stream().mapToInt(PlanView::firstYear).min().orElse(shown));
        int last = Math.max(shown, plans.stream().mapToInt(PlanView::lastYear).max().orElse(shown));
        return IntStream.rangeClosed(first, last).map(i -> last - (i - first)).boxed().toList();
    }
}
