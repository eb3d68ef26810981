package vn.chiso.report.progress;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.report.timeliness.MissedReport;
import vn.chiso.report.timeliness.UnitState;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * How far each unit has come with the tasks it reports on: a task's status is its entry in the unit's latest report
 * of the plan that was ever submitted (drafts do not count; no entry reads as not started), and it is overdue when
 * its deadline has passed in Vietnam and it is not done. Three queries, whatever the number of units, tasks and
 * reports. Tasks the units do not report on are left out: nothing could ever say they are done.
 */
@Service
@Transactional(readOnly = true)
public class TaskProgress {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** Late units first: most overdue tasks, then most reports late or missing, then by name. */
    private static final Comparator<UnitProgress> LATE_FIRST = Comparator
            .comparingInt((UnitProgress row) -> -row.tasks().overdue())
            .thenComparingInt(row -> -row.missedReports().size())
            .thenComparing(row -> row.unit().name(), VIETNAMESE);

    private final ProgressRepository progress;
    private final UnitService units;
    private final Clock clock;

    TaskProgress(ProgressRepository progress, UnitService units, Clock clock) {
        this.progress = progress;
        this.units = units;
        this.clock = clock;
    }

    /** Every unit assigned tasks in the plan, late units first, with the plan's totals. */
    public PlanProgress ofPlan(long planId) {
        List<UnitProgress> rows = read(ProgressRepository.Scope.PLAN, planId);
        rows.sort(LATE_FIRST);
        return new PlanProgress(rows, rows.stream().map(UnitProgress::tasks).reduce(TaskCounts.NONE, TaskCounts::plus));
    }

    /** One unit's progress in each plan in force that gives it tasks to report on, by plan number. */
    public List<UnitProgress> ofUnit(long unitId) {
        List<UnitProgress> rows = read(ProgressRepository.Scope.UNIT_IN_FORCE, unitId);
        rows.sort(Comparator.comparing(UnitProgress::planNumber, VIETNAMESE));
        return rows;
    }

    /**
     * One unit's overdue tasks in the plans in force, the oldest deadline first: those {@link #ofUnit} counts as
     * overdue. One query.
     */
    public List<OverdueTask> overdueOf(long unitId) {
        return progress.overdue(ProgressRepository.Scope.UNIT_IN_FORCE, unitId, LocalDate.now(clock));
    }

    /** The plans that have tasks their units report on. */
    public Set<Long> plansWithTasks() {
        return new HashSet<>(progress.plansWithTasks());
    }

    private List<UnitProgress> read(ProgressRepository.Scope scope, long id) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, UnitView> unitsById = units.tree().stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
        Map<String, List<MissedReport>> missed = new HashMap<>();
        for (ProgressRepository.MissedRow row : progress.missed(scope, id, today)) {
            missed.computeIfAbsent(row.planId() + "/" + row.unitId(), key -> new ArrayList<>())
                    .add(new MissedReport(unitsById.get(row.unitId()), row.planId(), row.number(), row.periodId(),
                            row.label(), row.deadline(), row.submitted() ? UnitState.LATE : UnitState.MISSING,
                            ChronoUnit.DAYS.between(row.deadline(), today)));
        }
        List<UnitProgress> rows = new ArrayList<>();
        for (ProgressRepository.CountRow row : progress.counts(scope, id, today)) {
            rows.add(new UnitProgress(row.planId(), row.number(), row.title(), unitsById.get(row.unitId()),
                    new TaskCounts(row.assigned(), row.done(), row.inProgress(), row.overdue()),
                    missed.getOrDefault(row.planId() + "/" + row.unitId(), List.of())));
        }
        return rows;
    }
}
