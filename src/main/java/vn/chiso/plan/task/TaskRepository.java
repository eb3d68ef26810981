package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans' tasks with their units ({@code task_unit}) and indicators ({@code task_indicator}), written together. */
@Repository
class TaskRepository {

    /** A task's own columns. */
    record TaskRow(long id, long planId, String section, String text, String expectedOutput, LocalDate deadline,
            boolean reported, int position, int version) {
    }

    /** A unit assigned to a task. */
    record UnitRow(long taskId, long unitId, AssignmentRole role) {
    }

    /** An indicator a task should move, with its code. */
    record IndicatorRow(long taskId, long indicatorId, String code) {
    }

    /** Tasks with their units and indicators, read in three statements whatever their number. */
    record Tasks(List<TaskRow> tasks, List<UnitRow> units, List<IndicatorRow> indicators) {
    }

    /** A unit's assignment to a task, with the task's plan. */
    record Assignment(long taskId, AssignmentRole role, long planId, String number, String title) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TaskRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Tasks ofPlan(long planId) {
        return read("t.plan_id = :id", planId);
    }

    Tasks find(long taskId) {
        return read("t.id = :id", taskId);
    }

    /** A task's own columns only, for a change. */
    Optional<TaskRow> row(long taskId) {
        return jdbc.sql("select * from task where id = :id").param("id", taskId).query(TaskRow.class).optional();
    }

    Tasks ofUnit(long unitId) {
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

    private Tasks read(String where, long id) {
        List<UnitRow> units = jdbc.sql("select tu.task_id, tu.unit_id, tu.role from task_unit tu"
                + " join task t on t.id = tu.task_id where " + where).param("id", id).query(UnitRow.class).list();
        List<IndicatorRow> indicators = jdbc.sql("select ti.task_id, ti.indicator_id, i.code from task_indicator ti"
                        + " join task t on t.id = ti.task_id join published_indicator i on i.id = ti.indicator_id"
                        + " where " + where + " order by i.code")
                .param("id", id).query(IndicatorRow.class).list();
        List<TaskRow> tasks = jdbc.sql("select t.* from task t where " + where).param("id", id).query(TaskRow.class)
                .list();
        return new Tasks(tasks, units, indicators);
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
