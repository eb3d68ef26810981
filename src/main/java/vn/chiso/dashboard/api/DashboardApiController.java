package vn.chiso.dashboard.api;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.chiso.dashboard.DashboardFilter;
import vn.chiso.dashboard.HomeDashboard;
import vn.chiso.dashboard.IndexCard;
import vn.chiso.dashboard.Scopes;
import vn.chiso.dashboard.TargetLine;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndexView;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.ProvinceValue;
import vn.chiso.index.result.ComparisonRow;
import vn.chiso.index.result.ResultQueries;
import vn.chiso.index.result.ResultQueries.CurrentSet;
import vn.chiso.index.result.TrendPoint;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetService;
import vn.chiso.shared.NotFoundException;

/**
 * The dashboards' figures for the province's other systems, as JSON, with the same sign-in and roles as the pages.
 * Numbers are JSON numbers (a dot for decimals); names in Vietnamese unless the request asks for English.
 */
@RestController
@RequestMapping("/api/v1")
class DashboardApiController {

    private final Scopes scopes;
    private final IndexCatalogue catalogue;
    private final ResultQueries results;
    private final PlanService plans;
    private final TargetService targets;

    DashboardApiController(Scopes scopes, IndexCatalogue catalogue, ResultQueries results, PlanService plans,
            TargetService targets) {
        this.scopes = scopes;
        this.catalogue = catalogue;
        this.results = results;
        this.plans = plans;
        this.targets = targets;
    }

    record DashboardJson(int year, List<IndexJson> indices) {
    }

    /** @param target the target that gives the index its status (the first missed one when any is), gap its gap */
    record IndexJson(String code, String name, String measure, Integer resultYear, BigDecimal score, Integer rank,
            Integer rankedCount, String group, BigDecimal change, String status, ApiTarget target, BigDecimal gap,
            List<ApiTarget> targets) {
    }

    @GetMapping("/dashboard")
    DashboardJson dashboard(@RequestParam(required = false) String year, @RequestParam(required = false) String plan) {
        Locale locale = LocaleContextHolder.getLocale();
        HomeDashboard home = HomeDashboard.of(scopes.of(DashboardFilter.of(year, plan, null)));
        return new DashboardJson(home.year(), home.cards().stream().map(card -> {
            IndexView index = card.index();
            ProvinceValue latest = card.latest();
            Optional<TargetLine> main = card.mainTarget();
            return new IndexJson(index.code(), index.name(locale), index.measure().name(),
                    latest == null ? null : latest.year(), latest == null ? null : ApiTarget.plain(latest.score()),
                    latest == null ? null : latest.rank(), latest == null ? null : latest.rankedAmong(),
                    latest == null ? null : index.group(latest.group()).map(g -> g.name(locale)).orElse(null),
                    ApiTarget.plain(card.change()), card.status() == null ? null : card.status().name(),
                    main.map(ApiTarget::of).orElse(null),
                    main.map(line -> ApiTarget.plain(line.evaluation().gap())).orElse(null),
                    card.targets().stream().map(ApiTarget::of).toList());
        }).toList());
    }

    record ResultsJson(String index, String indicator, int year, Integer rankedCount, BigDecimal nationalAverage,
            List<ProvinceJson> provinces) {
    }

    record ProvinceJson(String code, String name, String region, boolean ours, BigDecimal score, Integer rank,
            String group, boolean ranked, String unrankedReason) {
    }

    /** Every province's result in a year (the latest with results when none is asked), best rank first. */
    @GetMapping("/indices/{code}/results")
    ResultsJson results(@PathVariable String code, @RequestParam(required = false) String year,
            @RequestParam(required = false) String indicator) {
        Locale locale = LocaleContextHolder.getLocale();
        Catalogue index = catalogue.catalogue(code.toUpperCase(Locale.ROOT));
        IndicatorView shown = indicator == null ? index.index().aggregate() : index.indicator(indicator)
                .orElseThrow(() -> new NotFoundException("Indicator", indicator));
        Integer wanted = DashboardFilter.of(year, null, null).year();
        int chosen = wanted != null ? wanted : results.years(index.index().id()).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Results", code));
        CurrentSet set = results.current(index.index().id(), chosen)
                .orElseThrow(() -> new NotFoundException("Results", code + " " + chosen));
        List<ComparisonRow> rows = results.comparison(set.id(), shown).stream()
                .sorted(Comparator.comparing((ComparisonRow row) -> row.cell() == null ? null : row.cell().rank(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(ComparisonRow::name))
                .toList();
        // the national average as the result pages compute it: over the ranked provinces of a complete table
        BigDecimal average = results.trend(index.index().id(), shown).stream().filter(p -> p.year() == chosen)
                .map(TrendPoint::nationalAverage).filter(Objects::nonNull).findFirst().orElse(null);
        return new ResultsJson(index.index().code(), shown.code(), chosen, set.rankedCount(), ApiTarget.plain(average),
                rows.stream().map(row -> new ProvinceJson(row.code(), row.name(), row.region(), row.ours(),
                        row.cell() == null ? null : ApiTarget.plain(row.cell().score()),
                        row.cell() == null ? null : row.cell().rank(),
                        row.cell() == null ? null : index.index().group(row.cell().group())
                                .map(g -> g.name(locale)).orElse(null),
                        row.ranked(), row.unrankedReason())).toList());
    }

    record PlanTargetsJson(long id, String number, String title, String status, int firstYear, int lastYear,
            List<ApiTarget> targets) {
    }

    @GetMapping("/plans/{id}/targets")
    PlanTargetsJson planTargets(@PathVariable long id) {
        PlanView plan = plans.get(id);
        return new PlanTargetsJson(plan.id(), plan.number(), plan.title(), plan.status().name(), plan.firstYear(),
                plan.lastYear(), targets.of(id).stream().map(t -> ApiTarget.withYears(plan.number(), t)).toList());
    }
}
