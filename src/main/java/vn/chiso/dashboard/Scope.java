package vn.chiso.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.chiso.index.Catalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.ProvinceValue;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetView;
import vn.chiso.plan.target.TargetsInForce;

/**
 * What every dashboard reads, loaded once: the catalogue, the province's values of every indicator in every year,
 * the plans that may be shown and the evaluated targets of the plans in view, with which of them count for a year
 * ({@link TargetsInForce}).
 *
 * @param year the year shown: the one chosen, or the year after the latest result (the one being worked for)
 * @param plans the plans a user may narrow to (all but drafts), latest issued first
 * @param plan the chosen plan, if any
 * @param inForce which targets of the plans in view count for a year
 */
public record Scope(int year, boolean yearChosen, List<Integer> years, List<PlanView> plans, PlanView plan,
        String indexCode, List<Catalogue> catalogues, Map<Long, TreeMap<Integer, ProvinceValue>> values,
        List<TargetView> targets, TargetsInForce inForce) {

    /** The plans in view by id: the chosen one, or all that may be shown. */
    public Map<Long, PlanView> planById() {
        return inForce.plans();
    }

    /** The indices shown: all, or the one chosen. */
    public List<Catalogue> shownIndices() {
        return catalogues.stream().filter(c -> indexCode == null || c.index().code().equals(indexCode)).toList();
    }

    /** The latest year up to {@code until} in which the province has a value for any indicator of the index. */
    public Integer latestResultYear(Catalogue index, int until) {
        Integer latest = null;
        for (IndicatorView indicator : index.indicators()) {
            TreeMap<Integer, ProvinceValue> years = values.get(indicator.id());
            Integer found = years == null ? null : years.floorKey(until);
            if (found != null && (latest == null || found > latest)) {
                latest = found;
            }
        }
        return latest;
    }

    /** The index's aggregate results up to a year with a score or a rank, latest first. */
    public List<ProvinceValue> aggregateUntil(Catalogue index, int until) {
        TreeMap<Integer, ProvinceValue> years = values.getOrDefault(index.index().aggregate().id(), new TreeMap<>());
        return years.headMap(until, true).descendingMap().values().stream()
                .filter(value -> value.score() != null || value.rank() != null).toList();
    }

    /** The targets of an index (any of its indicators) in a year, as they stand. */
    public List<TargetLine> lines(String indexCode, int lineYear, boolean yearHasResults) {
        List<TargetLine> lines = new ArrayList<>();
        for (TargetView target : targets) {
            if (!target.index().code().equals(indexCode) || !inForce.counts(target.spec(), lineYear, yearHasResults)) {
                continue;
            }
            PlanView owner = planById().get(target.spec().planId());
            target.years().stream().filter(e -> e.year() == lineYear).findFirst()
                    .ifPresent(evaluation -> lines.add(new TargetLine(owner, target, evaluation)));
        }
        lines.sort(Comparator.comparing((TargetLine line) -> line.target().indicator().depth())
                .thenComparing(line -> line.target().indicator().position()));
        return lines;
    }

    /**
     * What the home page shows of an index: the targets of the year shown and, while that year has no result yet,
     * those of the latest year that has one.
     */
    public List<TargetLine> currentLines(Catalogue index) {
        String code = index.index().code();
        Integer latestYear = latestResultYear(index, year);
        boolean shownYearHasResults = latestYear != null && latestYear == year;
        List<TargetLine> lines = new ArrayList<>(lines(code, year, shownYearHasResults));
        if (latestYear != null && !shownYearHasResults) {
            lines.addAll(lines(code, latestYear, true));
        }
        return lines;
    }
}
