package vn.chiso.report.progress;

import java.sql.Date;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.report.EntryStatus;

/**
 * The progress of the tasks as the units' latest submitted reports tell it, read from the reports' tables and the
 * plan's published views: each query in one statement, whatever the number of units, tasks and reports.
 */
@Repository
class ProgressRepository {

    /** Whose assignments a query reads: one plan's, or one unit's in the plans in force. */
    enum Scope {
        PLAN("t.plan_id = :id"), UNIT_IN_FORCE("tu.unit_id = :id and p.status = 'IN_FORCE'");

        private final String condition;

        Scope(String condition) {
            this.condition = condition;
        }
    }

    /**
     * Each assignment (a task given to a unit) with its entry in the unit's latest submitted report of the plan, and
     * whether it is overdue: the one rule of progress, which the queries below share; %s chooses the assignments.
     */
    private static final String PROGRESS_SQL = """
            with assignment as (
                select t.id as task_id, t.plan_id, t.deadline, tu.unit_id from published_task t
                join published_task_unit tu on tu.task_id = t.id join published_plan p on p.id = t.plan_id where t.reported and %s),
            latest as (
                select distinct on (r.plan_id, r.unit_id) r.plan_id, r.unit_id, r.id from progress_report r
                join published_period rp on rp.id = r.period_id
                where r.first_submitted_at is not null
                    and (r.plan_id, r.unit_id) in (select plan_id, unit_id from assignment)
                order by r.plan_id, r.unit_id, rp.deadline desc, rp.id desc),
            progress as (
                select a.*, e.status, e.percent, a.deadline < :today and e.status is distinct from 'DONE' as overdue
                from assignment a
                left join latest l on l.plan_id = a.plan_id and l.unit_id = a.unit_id
                left join report_entry e on e.report_id = l.id and e.task_id = a.task_id)
            """;

    /** Each (plan, unit)'s assignments counted by status. */
    private static final String COUNTS_SQL = PROGRESS_SQL + """
            select g.plan_id, p.number, p.title, g.unit_id, count(*) as assigned,
                count(*) filter (where g.status = 'DONE') as done,
                count(*) filter (where g.status = 'IN_PROGRESS') as in_progress,
                count(*) filter (where g.overdue) as overdue
            from progress g join published_plan p on p.id = g.plan_id
            group by g.plan_id, p.number, p.title, g.unit_id
            """;

    /** The overdue assignments themselves, the oldest deadline first. */
    private static final String OVERDUE_SQL = PROGRESS_SQL + """
            select g.task_id, g.plan_id, p.number, t.section, t.text, g.deadline, g.status, g.percent
            from progress g join published_plan p on p.id = g.plan_id join published_task t on t.id = g.task_id
            where g.overdue
            order by g.deadline, p.number, t.position, t.id
            """;

    /** The past periods in which those units reported late or not at all, oldest first. */
    private static final String MISSED_SQL = """
            with owing as (
                select distinct t.plan_id, tu.unit_id from published_task t
                join published_task_unit tu on tu.task_id = t.id join published_plan p on p.id = t.plan_id where t.reported and %s)
            select o.plan_id, p.number, o.unit_id, rp.id as period_id, rp.label, rp.deadline,
                r.first_submitted_at is not null as submitted
            from owing o join published_plan p on p.id = o.plan_id
            join published_period rp on rp.plan_id = o.plan_id and rp.deadline < :today
            left join progress_report r on r.period_id = rp.id and r.unit_id = o.unit_id
            where r.first_submitted_at is null or not r.on_time
            order by rp.deadline, rp.id
            """;

    /** A (plan, unit)'s assignments counted by status. */
    record CountRow(long planId, String number, String title, long unitId, int assigned, int done, int inProgress,
            int overdue) {
    }

    /** A past period in which a unit reported late ({@code submitted}) or not at all. */
    record MissedRow(long planId, String number, long unitId, long periodId, String label, LocalDate deadline,
            boolean submitted) {
    }

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CountRow> counts(Scope scope, long id, LocalDate today) {
        return jdbc.sql(COUNTS_SQL.formatted(scope.condition)).param("id", id).param("today", Date.valueOf(today))
                .query(CountRow.class).list();
    }

    List<MissedRow> missed(Scope scope, long id, LocalDate today) {
        return jdbc.sql(MISSED_SQL.formatted(scope.condition)).param("id", id).param("today", Date.valueOf(today))
                .query(MissedRow.class).list();
    }

    /** The overdue assignments of the scope, the oldest deadline first. */
    List<OverdueTask> overdue(Scope scope, long id, LocalDate today) {
        return jdbc.sql(OVERDUE_SQL.formatted(scope.condition)).param("id", id).param("today", Date.valueOf(today))
                .query((row, n) -> {
                    LocalDate deadline = row.getObject("deadline", LocalDate.class);
                    String status = row.getString("status");
                    return new OverdueTask(row.getLong("task_id"), row.getLong("plan_id"), row.getString("number"),
                            row.getString("section"), row.getString("text"), deadline,
                            ChronoUnit.DAYS.between(deadline, today),
                            status == null ? null : EntryStatus.valueOf(status), (Integer) row.getObject("percent"));
                }).list();
    }

    /** The plans that have tasks their units report on. */
    List<Long> plansWithTasks() {
        return jdbc.sql("select distinct plan_id from published_task where reported").query(Long.class).list();
    }
}
