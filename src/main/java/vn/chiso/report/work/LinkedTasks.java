package vn.chiso.report.work;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.report.EntryStatus;

/**
 * The tasks working on given indicators and how far their units have come: what leaders ask about a missed target.
 * A unit's status is its entry in its latest report of the plan that was ever submitted, as in the task progress
 * dashboard. One query, whatever the number of tasks, units and reports.
 */
@Service
@Transactional(readOnly = true)
public class LinkedTasks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LinkedTasks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<LinkedTask> of(Collection<Long> planIds, Collection<Long> indicatorIds) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, LinkedTask> tasks = new LinkedHashMap<>();
        jdbc.query("""
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
                where t.plan_id = any (?) and exists (select 1 from published_task_indicator ti
                                                      where ti.task_id = t.id and ti.indicator_id = any (?))
                order by p.number, t.position, t.id, tu.role desc, u.name
                """, row -> {
            long id = row.getLong("id");
            LocalDate deadline = row.getObject("deadline", LocalDate.class);
            LinkedTask task = tasks.computeIfAbsent(id, key -> {
                try {
                    return new LinkedTask(id, row.getLong("plan_id"), row.getString("number"),
                            row.getString("section"), row.getString("text"), deadline, ids(row.getArray("indicators")),
                            new ArrayList<>());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String status = row.getString("status");
            EntryStatus entry = status == null ? null : EntryStatus.valueOf(status);
            task.units().add(new LinkedTask.Assignment(row.getLong("unit_id"), row.getString("unit_name"),
                    AssignmentRole.valueOf(row.getString("role")), entry, (Integer) row.getObject("percent"),
                    deadline != null && deadline.isBefore(today) && entry != EntryStatus.DONE));
        }, planIds.toArray(Long[]::new), indicatorIds.toArray(Long[]::new));
        return List.copyOf(tasks.values());
    }

    private static Set<Long> ids(Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Long[]) array.getArray()).collect(Collectors.toSet());
    }
}
