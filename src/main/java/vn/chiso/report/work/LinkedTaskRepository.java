package vn.chiso.report.work;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.report.EntryStatus;

/**
 * The tasks working on given indicators, one row per task and unit with the unit's entry in its latest report of
 * the plan that was ever submitted: one statement, from the plan's published views and the reports' tables.
 */
@Repository
class LinkedTaskRepository {

    /** One unit on one task: the task's columns repeated on each of its units' rows. */
    record Row(long id, long planId, String number, String section, String text, LocalDate deadline,
            Set<Long> indicators, long unitId, String unitName, AssignmentRole role, EntryStatus status,
            Integer percent) {
    }

    private final JdbcClient jdbc;

    LinkedTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** By plan number, the task's place in the plan, then its lead before its coordinating units, by name. */
    List<Row> of(Collection<Long> planIds, Collection<Long> indicatorIds) {
        return jdbc.sql("""
                select t.id, t.plan_id, p.number, t.section, t.text, t.deadline,
                       (select array_agg(ti.indicator_id) from published_task_indicator ti where ti.task_id = t.id) as indicators,
                       tu.unit_id, u.name as unit_name, tu.role, latest.status, latest.percent
                from published_task t
                join published_plan p on p.id = t.plan_id
                join published_task_unit tu on tu.task_id = t.id
                join published_unit u on u.id = tu.unit_id
                left join lateral (
                    select e.status, e.percent from progress_report r
                    join published_period rp on rp.id = r.period_id
                    join report_entry e on e.report_id = r.id and e.task_id = t.id
                    where r.unit_id = tu.unit_id and r.plan_id = t.plan_id and r.first_submitted_at is not null
                    order by rp.deadline desc limit 1) latest on true
                where t.plan_id = any (:plans) and exists (select 1 from published_task_indicator ti
                                                           where ti.task_id = t.id and ti.indicator_id = any (:indicators))
                order by p.number, t.position, t.id, tu.role desc, u.name
                """).param("plans", planIds.toArray(Long[]::new)).param("indicators", indicatorIds.toArray(Long[]::new))
                .query((row, n) -> {
                    String status = row.getString("status");
                    return new Row(row.getLong("id"), row.getLong("plan_id"), row.getString("number"),
                            row.getString("section"), row.getString("text"), row.getObject("deadline", LocalDate.class),
                            ids(row.getArray("indicators")), row.getLong("unit_id"), row.getString("unit_name"),
                            AssignmentRole.valueOf(row.getString("role")),
                            status == null ? null : EntryStatus.valueOf(status), (Integer) row.getObject("percent"));
                }).list();
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Long[]) array.getArray()).collect(Collectors.toSet());
    }
}
