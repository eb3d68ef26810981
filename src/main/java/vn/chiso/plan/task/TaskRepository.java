package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;

/** The plans' tasks with their units ({@code task_unit}) and indicators ({@code task_indicator}), written together. */
@Repository
class TaskRepository {

    /** A task's own columns. */
    record TaskRow(long id, long planId, String section, String text, String expectedOutput, LocalDate deadline,
            boolean reported, int position, int version) {
    }

    /** A unit assigned to a task, as written. */
    record UnitRow(long taskId, long unitId, AssignmentRole role) {
    }

    /** A unit assigned to a task, as the unit module publishes it, with its place in the tree. */
    record AssignedUnit(AssignmentRole role, long id, String code, String name, String shortName, UnitKind kind,
            Long parentId, String parentName, boolean active, int depth) {

        UnitView view() {
            return new UnitView(id, code, name, shortName, kind, parentId, parentName, active, depth);
        }
    }

    /** An indicator a task should move, with its code. */
    record LinkedIndicator(long id, String code) {
    }

    /** A task with its units and indicators, read in one statement whatever their number. */
    record FoundTask(TaskRow task, List<AssignedUnit> units, List<LinkedIndicator> indicators) {

        /** The task as pages see it: its lead, the bodies coordinating by name, the indicators by code. */
        TaskView view() {
            UnitView lead = units.stream().filter(unit -> unit.role() == AssignmentRole.LEAD).findFirst()
                    .map(AssignedUnit::view).orElse(null);
            List<UnitView> coordinating = units.stream().filter(unit -> unit.role() == AssignmentRole.COORDINATING)
                    .map(AssignedUnit::view).sorted(Comparator.comparing(UnitView::name)).toList();
            return new TaskView(task.id(), task.planId(), task.section(), task.text(), task.expectedOutput(),
                    task.deadline(), task.reported(), task.position(), task.version(), lead, coordinating,
                    indicators.stream().map(LinkedIndicator::id).toList(),
                    indicators.stream().map(LinkedIndicator::code).toList());
        }
    }

    /** A unit's assignment to a task, with the task's plan. */
    record Assignment(long taskId, AssignmentRole role, long planId, String number, String title) {
    }

    private static final RowMapper<TaskRow> TASK_ROWS = new DataClassRowMapper<>(TaskRow.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    TaskRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    List<FoundTask> ofPlan(long planId) {
        return read("t.plan_id = :id", planId);
    }

    List<FoundTask> find(long taskId) {
        return read("t.id = :id", taskId);
    }

    /** A task's own columns only, for a change. */
    Optional<TaskRow> row(long taskId) {
        return jdbc.sql("select * from task where id = :id").param("id", taskId).query(TaskRow.class).optional();
    }

    List<FoundTask> ofUnit(long unitId) {
        return read("t.id in (select task_id from task_unit where unit_id = :id)", unitId);
    }

    /** Every assignment of a unit, in any plan. */
    List<Assignment> assignmentsOf(long unitId) {
        return jdbc.sql("""
                select tu.task_id, tu.role, p.id as plan_id, p.number, p.title from task_unit tu
                join task t on t.id = tu.task_id join plan p on p.id = t.plan_id where tu.unit_id = :unitId
                """).param("unitId", unitId).query(Assignment.class).list();
    }

    int lastPosition(long planId) {
        return jdbc.sql("select coalesce(max(position), 0) from task where plan_id = :planId").param("planId", planId)
                .query(Integer.class).single();
    }

    long insert(long planId, int position, Task task) {
        long id = jdbc.sql("""
                insert into task (plan_id, section, text, expected_output, deadline, reported, position)
                values (:planId, :section, :text, :expectedOutput, :deadline, :reported, :position)
                returning id
                """).params(columns(task)).param("planId", planId).param("position", position)
                .query(Long.class).single();
        insertLinks(id, task);
        return id;
    }

    /** Writes a task over the version it was read at; false when it has changed since. */
    boolean update(long id, int version, Task task) {
        int updated = jdbc.sql("""
                update task set section = :section, text = :text, expected_output = :expectedOutput,
                    deadline = :deadline, reported = :reported, version = version + 1
                where id = :id and version = :version
                """).params(columns(task)).param("id", id).param("version", version).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from task_unit where task_id = :id").param("id", id).update();
        jdbc.sql("delete from task_indicator where task_id = :id").param("id", id).update();
        insertLinks(id, task);
        return true;
    }

    /** Deletes a task with its units and indicators (the schema cascades); refused once a unit has reported on it. */
    void delete(long id) {
        jdbc.sql("delete from task where id = :id").param("id", id).update();
    }

    /**
     * The tasks matching {@code where} (over {@code task t}), each with its units and indicators aggregated as JSON,
     * the units' parents and depth walked through the unit module's published view.
     */
    private List<FoundTask> read(String where, long id) {
        return jdbc.sql("""
                with recursive tree as (
                    select id, code, name, short_name, kind, parent_id, active, cast(null as text) as parent_name,
                        0 as depth
                    from published_unit where parent_id is null
                    union all
                    select u.id, u.code, u.name, u.short_name, u.kind, u.parent_id, u.active, tree.name,
                        tree.depth + 1
                    from published_unit u join tree on u.parent_id = tree.id
                )
                select t.*,
                    (select json_agg(json_build_object('role', tu.role, 'id', u.id, 'code', u.code, 'name', u.name,
                            'shortName', u.short_name, 'kind', u.kind, 'parentId', u.parent_id,
                            'parentName', u.parent_name, 'active', u.active, 'depth', u.depth))
                     from task_unit tu join tree u on u.id = tu.unit_id where tu.task_id = t.id) as units,
                    (select json_agg(json_build_object('id', i.id, 'code', i.code) order by i.code)
                     from task_indicator ti join published_indicator i on i.id = ti.indicator_id
                     where ti.task_id = t.id) as indicators
                from task t where
                """ + where).param("id", id).query((row, number) -> new FoundTask(TASK_ROWS.mapRow(row, number),
                        list(row.getString("units"), AssignedUnit.class),
                        list(row.getString("indicators"), LinkedIndicator.class))).list();
    }

    private <T> List<T> list(String array, Class<T> type) {
        return array == null ? List.of()
                : json.readValue(array, json.getTypeFactory().constructCollectionType(List.class, type));
    }

    private void insertLinks(long id, Task task) {
        List<UnitRow> units = new ArrayList<>();
        units.add(new UnitRow(id, task.leadUnitId(), AssignmentRole.LEAD));
        task.coordinatingUnitIds().forEach(unit -> units.add(new UnitRow(id, unit, AssignmentRole.COORDINATING)));
        batch.batchUpdate("insert into task_unit (task_id, unit_id, role) values (?, ?, ?)", units, units.size(),
                (statement, unit) -> {
                    statement.setLong(1, id);
                    statement.setLong(2, unit.unitId());
                    statement.setString(3, unit.role().name());
                });
        if (!task.indicatorIds().isEmpty()) {
            batch.batchUpdate("insert into task_indicator (task_id, indicator_id) values (?, ?)", task.indicatorIds(),
                    task.indicatorIds().size(), (statement, indicator) -> {
                        statement.setLong(1, id);
                        statement.setLong(2, indicator);
                    });
        }
    }

    private static Map<String, Object> columns(Task task) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("section", task.section());
        columns.put("text", task.text());
        columns.put("expectedOutput", task.expectedOutput());
        columns.put("deadline", task.deadline());
        columns.put("reported", task.reported());
        return columns;
    }
}
