package vn.chiso.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports waiting for a coordinator's review, across plans and periods: one statement, whatever their number. */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

    /**
     * How many reports wait for review, as a scalar subquery without parameters, so that the menu's count can add it
     * to the other modules' in one statement.
     */
    public static final String WAITING_COUNT_SQL = "select count(*) from progress_report where status = 'SUBMITTED'";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReviewQueue(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Oldest submission first: the one that has waited longest. Lateness is the first submission's, in Vietnam. */
    public List<WaitingReport> waiting() {
        return jdbc.query("""
                select r.id, u.name as unit_name, r.plan_id, p.number as plan_number, r.period_id,
                       rp.label as period_label, rp.deadline, r.submitted_at,
                       case when not r.on_time then (r.first_submitted_at at time zone ?)::date - rp.deadline
                       end as days_late,
                       r.first_submitted_at < r.submitted_at as resubmitted
                from progress_report r join published_unit u on u.id = r.unit_id join published_plan p on p.id = r.plan_id
                join published_period rp on rp.id = r.period_id
                where r.status = 'SUBMITTED'
                order by r.submitted_at, r.id
                """, (row, n) -> new WaitingReport(row.getLong("id"), row.getString("unit_name"),
                row.getLong("plan_id"), row.getString("plan_number"), row.getLong("period_id"),
                row.getString("period_label"), row.getObject("deadline", LocalDate.class),
                ProgressReports.instant(row, "submitted_at"), row.getObject("days_late", Integer.class),
                row.getBoolean("resubmitted")), clock.getZone().getId());
    }
}
