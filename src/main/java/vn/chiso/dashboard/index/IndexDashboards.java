package vn.chiso.dashboard.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.dashboard.DashboardFilter;
import vn.chiso.dashboard.Scope;
import vn.chiso.dashboard.Scopes;
import vn.chiso.dashboard.TargetLine;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.result.ComparisonRow;
import vn.chiso.index.result.ResultQueries;
import vn.chiso.index.result.TreeRow;
import vn.chiso.index.result.TreeYear;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetStatus;

/** Builds an index's dashboard: the scope's five statements, then eight for the results, whatever their size. */
@Service
@Transactional(readOnly = true)
public class IndexDashboards {

    private final Scopes scopes;
    private final ResultQueries results;

    IndexDashboards(Scopes scopes, ResultQueries results) {
        this.scopes = scopes;
        this.results = results;
    }

    /**
     * @param byAttention below target first, then what fell the most (relative to its scale); else the tree's order
     */
    public IndexDashboard of(String code, DashboardFilter filter, boolean byAttention) {
        Scope scope = scopes.of(new DashboardFilter(filter.year(), filter.planId(), code));
        Catalogue index = scope.shownIndices().get(0);
        List<Integer> years = results.years(index.index().id());
        Integer latest = scope.latestResultYear(index, scope.year());
        int year = filter.year() != null ? filter.year() : latest != null ? latest : scope.year();
        TreeYear tree = results.tree(index, year).orElse(null);
        List<TargetLine> lines = scope.lines(index.index().code(), year, tree != null);

        List<IndicatorLine> indicators = tree == null ? List.of() : indicators(tree, lines);
        if (byAttention) {
            indicators = sortedByAttention(indicators);
        }
        List<ProvinceBar> ranking = ranking(index, year);
        if (ranking.size() < 2) {
            ranking = List.of(); // the province's own figures only: nothing to compare with
        }
        ProvinceBar ours = ranking.stream().filter(ProvinceBar::ours).findFirst().orElse(null);
        List<ProvinceBar> region = ours == null ? List.of()
                : ranking.stream().filter(bar -> Objects.equals(bar.region(), ours.region())).toList();
        return new IndexDashboard(scope, index.index(), year, years, tree, indicators,
                lines.stream().filter(line -> line.target().indicator().isAggregate()).toList(),
                new TrendWithTargets(results.trend(index.index().id(), index.index().aggregate()),
                        scoreTargets(scope, index, years)), ranking, region);
    }

    private static List<IndicatorLine> indicators(TreeYear tree, List<TargetLine> lines) {
        Map<Long, List<TargetLine>> byIndicator = new HashMap<>();
        lines.forEach(line -> byIndicator.computeIfAbsent(line.target().indicator().id(), id -> new ArrayList<>())
                .add(line));
        List<IndicatorLine> indicators = new ArrayList<>();
        for (TreeRow row : tree.rows()) {
            List<TargetLine> own = byIndicator.getOrDefault(row.indicator().id(), List.of());
            TargetStatus status = own.stream().map(TargetLine::status)
                    .min(Comparator.comparing(IndexDashboards::severity)).orElse(null);
            indicators.add(new IndicatorLine(row, own, status));
        }
        return indicators;
    }

    private static List<IndicatorLine> sortedByAttention(List<IndicatorLine> indicators) {
        return indicators.stream().sorted(Comparator.comparing((IndicatorLine line) -> line.belowTarget() ? 0 : 1)
                .thenComparing(IndicatorLine::relativeChange, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private static int severity(TargetStatus status) {
        return switch (status) {
            case BELOW_TARGET -> 0;
            case NO_DATA -> 1;
            case MET -> 2;
        };
    }

    /** The year's ranked provinces, best first: only from a table with more than the province itself. */
    private List<ProvinceBar> ranking(Catalogue index, int year) {
        IndicatorView aggregate = index.index().aggregate();
        return results.current(index.index().id(), year).map(set -> results.comparison(set.id(), aggregate))
                .orElse(List.of()).stream()
                .filter(row -> row.ranked() && row.cell() != null && row.cell().rank() != null)
                .sorted(Comparator.comparing((ComparisonRow row) -> row.cell().rank()).thenComparing(ComparisonRow::name))
                .map(row -> new ProvinceBar(row.code(), row.name(), row.region(), row.cell().score(),
                        row.cell().rank(), row.cell().group(), row.ours()))
                .toList();
    }

    /** The aggregate's minimum score per year in the plans in view, over the years with results and planned. */
    private static Map<Integer, BigDecimal> scoreTargets(Scope scope, Catalogue index, List<Integer> resultYears) {
        Map<Integer, BigDecimal> targets = new HashMap<>();
        scope.targets().stream()
                .filter(t -> t.spec().kind() == TargetKind.SCORE_AT_LEAST && t.indicator().isAggregate()
                        && t.index().code().equals(index.index().code()))
                .forEach(t -> {
                    for (int year = t.spec().firstYear(); year <= t.spec().lastYear(); year++) {
                        if (scope.inForce().counts(t.spec(), year, resultYears.contains(year))) {
                            targets.merge(year, t.spec().value(), BigDecimal::max);
                        }
                    }
                });
        return targets;
    }
}
