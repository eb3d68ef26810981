package vn.chiso.dashboard.target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.dashboard.DashboardFilter;
import vn.chiso.dashboard.Scope;
import vn.chiso.dashboard.Scopes;
import vn.chiso.dashboard.TargetLine;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetStatus;
import vn.chiso.plan.target.TargetView;
import vn.chiso.report.work.LinkedTask;
import vn.chiso.report.work.LinkedTasks;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * Which targets are missed, by how much, and who works on them (the tasks of the target's plan and of the plans
 * implementing it that are linked to the indicator). Without a year: what the home page flags (closed plans' targets
 * for the latest year with results included) and every target of the plans in force (or of the chosen plan) whose
 * latest evaluated year is below target. With a year: the targets below target that year, closed plans included.
 * Seven statements whatever the number of plans, targets, tasks and reports.
 */
@Service
@Transactional(readOnly = true)
public class BelowTargets {

    private final Scopes scopes;
    private final LinkedTasks linkedTasks;
    private final UnitService units;

    BelowTargets(Scopes scopes, LinkedTasks linkedTasks, UnitService units) {
        this.scopes = scopes;
        this.linkedTasks = linkedTasks;
        this.units = units;
    }

    public BelowTargetList of(DashboardFilter filter) {
        Scope scope = scopes.of(filter);
        List<TargetLine> missed = scope.yearChosen() ? missedIn(scope) : missedNow(scope);
        Map<Long, IndicatorView> indicators = scope.catalogues().stream().flatMap(c -> c.indicators().stream())
                .collect(Collectors.toMap(IndicatorView::id, Function.identity()));

        Set<Long> wanted = new HashSet<>();
        missed.forEach(line -> wanted.addAll(related(line.target().indicator(), indicators)));
        // who works on a target: the tasks of the plan that set it and of the plans implementing it
        Map<Long, Long> parentOf = new HashMap<>();
        scope.plans().forEach(plan -> parentOf.put(plan.id(), plan.parentId()));
        Set<Long> planIds = new HashSet<>();
        missed.forEach(line -> planIds.add(line.plan().id()));
        scope.plans().stream().filter(plan -> planIds.contains(plan.parentId())).forEach(plan -> planIds.add(plan.id()));
        List<LinkedTask> tasks = linkedTasks.of(planIds, wanted);
        Map<Long, UnitView> unitsById = units.tree().stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity()));

        List<MissedTarget> rows = new ArrayList<>();
        for (TargetLine line : missed) {
            IndicatorView indicator = line.target().indicator();
            Set<Long> related = related(indicator, indicators);
            long planId = line.plan().id();
            rows.add(new MissedTarget(line, indicator.leadUnitId() == null ? null : unitsById.get(indicator.leadUnitId()),
                    tasks.stream().filter(task -> task.planId() == planId
                                    || Objects.equals(parentOf.get(task.planId()), planId))
                            .filter(task -> task.indicatorIds().stream().anyMatch(related::contains)).toList()));
        }
        return new BelowTargetList(scope, rows);
    }

    private static List<TargetLine> missedIn(Scope scope) {
        List<TargetLine> missed = new ArrayList<>();
        for (Catalogue index : scope.shownIndices()) {
            Integer latest = scope.latestResultYear(index, scope.year());
            scope.lines(index.index().code(), scope.year(), latest != null && latest == scope.year()).stream()
                    .filter(line -> line.status() == TargetStatus.BELOW_TARGET).forEach(missed::add);
        }
        return missed;
    }

    /** What the home page flags, and every target of the plans in force whose latest evaluated year is missed. */
    private static List<TargetLine> missedNow(Scope scope) {
        Map<String, TargetLine> missed = new LinkedHashMap<>();
        for (Catalogue index : scope.shownIndices()) {
            scope.currentLines(index).stream().filter(line -> line.status() == TargetStatus.BELOW_TARGET)
                    .forEach(line -> missed.put(line.target().spec().id() + "/" + line.year(), line));
        }
        for (TargetView target : scope.targets()) {
            PlanView plan = scope.planById().get(target.spec().planId());
            boolean indexShown = scope.indexCode() == null || scope.indexCode().equals(target.index().code());
            if (scope.inForce().inForce(target.spec()) && indexShown
                    && target.status() == TargetStatus.BELOW_TARGET) {
                missed.putIfAbsent(target.spec().id() + "/" + target.headline().year(),
                        new TargetLine(plan, target, target.headline()));
            }
        }
        List<TargetLine> sorted = new ArrayList<>(missed.values());
        sorted.sort(Comparator.comparing((TargetLine line) -> line.year()).reversed()
                .thenComparing(line -> line.target().index().code()));
        return sorted;
    }

    /** The indicator, the ones above it (a task on the whole index works on it) and the ones below it. */
    private static Set<Long> related(IndicatorView indicator, Map<Long, IndicatorView> indicators) {
        Set<Long> ids = new HashSet<>();
        for (IndicatorView up = indicator; up != null; up = up.parentId() == null ? null : indicators.get(up.parentId())) {
            ids.add(up.id());
        }
        for (IndicatorView candidate : indicators.values()) {
            for (IndicatorView up = candidate; up != null; up = up.parentId() == null ? null : indicators.get(up.parentId())) {
                if (Objects.equals(up.id(), indicator.id())) {
                    ids.add(candidate.id());
                    break;
                }
            }
        }
        return ids;
    }
}
