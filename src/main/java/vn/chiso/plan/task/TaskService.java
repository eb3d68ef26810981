package vn.chiso.plan.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.plan.PlanView;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * A plan's tasks and their assignments. Reading a plan's tasks, or a unit's tasks across plans, takes four queries
 * whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    private static final Comparator<TaskView> ORDER = Comparator.comparing(TaskView::section, SectionOrder.INSTANCE)
            .thenComparingInt(TaskView::position).thenComparingLong(TaskView::id);

    private final TaskRepository tasks;
    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final IndexCatalogue catalogue;

    TaskService(TaskRepository tasks, JdbcTemplate jdbc, UnitService units, IndexCatalogue catalogue) {
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.units = units;
        this.catalogue = catalogue;
    }

    public List<TaskView> of(long planId) {
        return read("t.plan_id = ?", planId).stream().sorted(ORDER).toList();
    }

    /** A plan's tasks in document order, those differing only by their lead shown together. */
    public List<TaskGroup> groupsOf(long planId) {
        return TaskGroup.of(of(planId));
    }

    public TaskView get(long planId, long taskId) {
        return read("t.id = ?", taskId).stream().filter(task -> task.planId() == planId).findFirst()
                .orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    /** Every task assigned to a unit, in any plan, with its role: plan by plan, in document order. */
    public List<UnitTask> ofUnit(long unitId) {
        Map<Long, String[]> plans = new HashMap<>();
        Map<Long, AssignmentRole> roles = new HashMap<>();
        jdbc.query("""
                select tu.task_id, tu.role, p.id as plan_id, p.number, p.title from task_unit tu
                join task t on t.id = tu.task_id join plan p on p.id = t.plan_id where tu.unit_id = ?
                """, row -> {
            roles.put(row.getLong("task_id"), AssignmentRole.valueOf(row.getString("role")));
            plans.put(row.getLong("task_id"), new String[] {row.getString("number"), row.getString("title")});
        }, unitId);
        return read("t.id in (select task_id from task_unit where unit_id = ?)", unitId).stream()
                .sorted(Comparator.comparing((TaskView task) -> plans.get(task.id())[0]).thenComparing(ORDER))
                .map(task -> new UnitTask(task, task.planId(), plans.get(task.id())[0], plans.get(task.id())[1],
                        roles.get(task.id())))
                .toList();
    }

    /** Adds a task, or one per unit when the lead is a whole kind of body; returns how many were added. */
    @Transactional
    public int add(PlanView plan, TaskForm form) {
        List<Long> leads = leads(form.lead());
        check(plan, form);
        int position = tasks.lastPosition(plan.id());
        for (long lead : leads) {
            Task task = new Task(plan.id(), ++position);
            describe(task, form, lead);
            tasks.save(task);
        }
        return leads.size();
    }

    @Transactional
    public void update(PlanView plan, long taskId, TaskForm form) {
        Task task = tasks.findById(taskId).filter(found -> found.getPlanId() == plan.id())
                .orElseThrow(() -> new NotFoundException("Task", taskId));
        if (form.version() == null || form.version() != task.getVersion()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        List<Long> leads = leads(form.lead());
        if (leads.size() != 1 || !form.lead().startsWith("u:")) {
            throw new RuleViolationException("lead", "task.lead.single");
        }
        check(plan, form);
        describe(task, form, leads.get(0));
        tasks.flush();
    }

    /** Deletes a task, unless a unit has already reported on it. */
    @Transactional
    public void delete(long planId, long taskId) {
        tasks.delete(tasks.findById(taskId).filter(task -> task.getPlanId() == planId)
                .orElseThrow(() -> new NotFoundException("Task", taskId)));
        try {
            tasks.flush();
        } catch (DataIntegrityViolationException reported) {
            throw new RuleViolationException(null, "task.hasReports");
        }
    }

    private void describe(Task task, TaskForm form, long lead) {
        task.describe(form.section().strip(), form.text().strip(),
                form.expectedOutput() == null || form.expectedOutput().isBlank() ? null : form.expectedOutput().strip(),
                form.deadline(), form.isReported());
        task.assign(lead, form.coordinatingUnitIds() == null ? List.of() : form.coordinatingUnitIds(),
                form.indicatorIds() == null ? List.of() : form.indicatorIds());
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

    /** Tasks matching a condition on {@code t}, with their units and indicators: four queries. */
    private List<TaskView> read(String where, Object argument) {
        Map<Long, UnitView> unitsById = units.tree().stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
        Map<Long, Long> leads = new HashMap<>();
        Map<Long, List<UnitView>> coordinating = new HashMap<>();
        jdbc.query("select tu.* from task_unit tu join task t on t.id = tu.task_id where " + where, row -> {
            long taskId = row.getLong("task_id");
            if (AssignmentRole.valueOf(row.getString("role")) == AssignmentRole.LEAD) {
                leads.put(taskId, row.getLong("unit_id"));
            } else {
                coordinating.computeIfAbsent(taskId, id -> new ArrayList<>()).add(unitsById.get(row.getLong("unit_id")));
            }
        }, argument);
        Map<Long, List<Long>> indicatorIds = new HashMap<>();
        Map<Long, List<String>> codes = new HashMap<>();
        jdbc.query("select ti.task_id, ti.indicator_id, i.code from task_indicator ti join task t on t.id = ti.task_id"
                + " join published_indicator i on i.id = ti.indicator_id where " + where + " order by i.code", row -> {
            indicatorIds.computeIfAbsent(row.getLong("task_id"), id -> new ArrayList<>())
                    .add(row.getLong("indicator_id"));
            codes.computeIfAbsent(row.getLong("task_id"), id -> new ArrayList<>()).add(row.getString("code"));
        }, argument);
        return jdbc.query("select t.* from task t where " + where, (row, n) -> view(row, unitsById, leads,
                coordinating, indicatorIds, codes), argument);
    }

    private static TaskView view(ResultSet row, Map<Long, UnitView> unitsById, Map<Long, Long> leads,
            Map<Long, List<UnitView>> coordinating, Map<Long, List<Long>> indicatorIds, Map<Long, List<String>> codes)
            throws SQLException {
        long id = row.getLong("id");
        List<UnitView> others = new ArrayList<>(coordinating.getOrDefault(id, List.of()));
        others.sort(Comparator.comparing(UnitView::name));
        return new TaskView(id, row.getLong("plan_id"), row.getString("section"), row.getString("text"),
                row.getString("expected_output"), row.getObject("deadline", LocalDate.class),
                row.getBoolean("reported"), row.getInt("position"), row.getInt("version"), unitsById.get(leads.get(id)),
                others, indicatorIds.getOrDefault(id, List.of()),
                codes.getOrDefault(id, List.of()));
    }
}
