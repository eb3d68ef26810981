package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.TaskRepository.Assignment;
import vn.chiso.plan.task.TaskRepository.FoundTask;
import vn.chiso.plan.task.TaskRepository.TaskRow;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * A plan's tasks and their assignments. Reading a plan's tasks takes one statement whatever their number, a unit's
 * tasks across plans two.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    private static final Comparator<TaskView> ORDER = Comparator.comparing(TaskView::section, SectionOrder.INSTANCE)
            .thenComparingInt(TaskView::position).thenComparingLong(TaskView::id);

    private final TaskRepository tasks;
    private final UnitService units;
    private final IndexCatalogue catalogue;

    TaskService(TaskRepository tasks, UnitService units, IndexCatalogue catalogue) {
        this.tasks = tasks;
        this.units = units;
        this.catalogue = catalogue;
    }

    public List<TaskView> of(long planId) {
        return views(tasks.ofPlan(planId)).stream().sorted(ORDER).toList();
    }

    /** A plan's tasks in document order, those differing only by their lead shown together. */
    public List<TaskGroup> groupsOf(long planId) {
        return TaskGroup.of(of(planId));
    }

    public TaskView get(long planId, long taskId) {
        return views(tasks.find(taskId)).stream().filter(task -> task.planId() == planId).findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /** Every task assigned to a unit, in any plan, with its role: plan by plan, in document order. */
    public List<UnitTask> ofUnit(long unitId) {
        Map<Long, Assignment> assignments = tasks.assignmentsOf(unitId).stream()
                .collect(Collectors.toMap(Assignment::taskId, Function.identity()));
        return views(tasks.ofUnit(unitId)).stream()
                .sorted(Comparator.comparing((TaskView task) -> assignments.get(task.id()).number())
                        .thenComparing(ORDER))
                .map(task -> {
                    Assignment assignment = assignments.get(task.id());
                    return new UnitTask(task, task.planId(), assignment.number(), assignment.title(),
                            assignment.role());
                })
                .toList();
    }

    /** Adds a task, or one per unit when the lead is a whole kind of body; returns how many were added. */
    @Transactional
    public int add(PlanView plan, TaskForm form) {
        List<Long> leads = leads(form.lead());
        check(plan, form);
        int position = tasks.lastPosition(plan.id());
        for (long lead : leads) {
            tasks.insert(plan.id(), ++position, Task.of(form, lead));
        }
        return leads.size();
    }

    @Transactional
    public void update(PlanView plan, long taskId, TaskForm form) {
        TaskRow task = row(plan.id(), taskId);
        if (form.version() == null || form.version() != task.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        List<Long> leads = leads(form.lead());
        if (leads.size() != 1 || !form.lead().startsWith("u:")) {
            throw new RuleViolationException("lead", "task.lead.single");
        }
        check(plan, form);
        if (!tasks.update(taskId, task.version(), Task.of(form, leads.get(0)))) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
    }

    /** Deletes a task, unless a unit has already reported on it. */
    @Transactional
    public void delete(long planId, long taskId) {
        TaskRow task = row(planId, taskId);
        try {
            tasks.delete(task.id());
        } catch (DataIntegrityViolationException reported) {
            throw new RuleViolationException(null, "task.hasReports");
        }
    }

    private TaskRow row(long planId, long taskId) {
        return tasks.row(taskId).filter(task -> task.planId() == planId)
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /** The unit ids a lead choice stands for: {@code u:<id>}, {@code k:<kind>} or {@code k:ALL}. */
    private List<Long> leads(String lead) {
        if (lead == null || lead.isBlank()) {
            throw new RuleViolationException("lead", "task.lead.required");
        }
        List<UnitView> active = units.activeTree();
        List<Long> ids;
        if (lead.startsWith("u:")) {
            ids = active.stream().filter(unit -> ("u:" + unit.id()).equals(lead)).map(UnitView::id).toList();
        } else if (lead.equals("k:ALL")) {
            ids = active.stream().map(UnitView::id).toList();
        } else {
            ids = active.stream().filter(unit -> ("k:" + unit.kind().name()).equals(lead)).map(UnitView::id).toList();
        }
        if (ids.isEmpty()) {
            throw new RuleViolationException("lead", "task.lead.unknown");
        }
        return ids;
    }

    private void check(PlanView plan, TaskForm form) {
        LocalDate deadline = form.deadline();
        if (deadline != null && !plan.covers(deadline)) {
            throw new RuleViolationException("deadline", "task.deadline.outsidePlan", plan.period());
        }
        Set<Long> active = units.activeTree().stream().map(UnitView::id).collect(Collectors.toSet());
        if (form.coordinatingUnitIds() != null && !active.containsAll(form.coordinatingUnitIds())) {
            throw new RuleViolationException("coordinatingUnitIds", "task.units.inactive");
        }
        Set<Long> allowed = catalogue.catalogues(plan.indexCodes()).stream()
                .flatMap(index -> index.active().stream()).map(IndicatorView::id).collect(Collectors.toSet());
        if (form.indicatorIds() != null && !allowed.containsAll(form.indicatorIds())) {
            throw new RuleViolationException("indicatorIds", "task.indicators.notInPlan");
        }
    }

    private static List<TaskView> views(List<FoundTask> found) {
        return found.stream().map(FoundTask::view).toList();
    }
}
