package vn.chiso.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.TestData;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;

/**
 * Tasks, reporting rules and reports written straight into the tables, for tests that roll back
 * ({@code @Transactional}): the services keep a task's units in JPA until a flush, which the pages' own queries
 * would not see, and {@link ReportFixtures} reads them back at once. Build plans and units through the services.
 */
public class WorkRows {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;
    private final ReportingPeriods periods;

    public WorkRows(JdbcTemplate jdbc, ReportingPeriods periods) {
        this.jdbc = jdbc;
        this.periods = periods;
    }

    /** A task the units report on, led by the unit, after the plan's other tasks. */
    public long task(long planId, String section, String text, LocalDate deadline, long leadUnitId) {
        long id = jdbc.queryForObject("""
                insert into task (plan_id, section, text, deadline, reported, position)
                values (?, ?, ?, ?, true, (select coalesce(max(position), 0) + 1 from task where plan_id = ?))
                returning id
                """, Long.class, planId, section, text, deadline == null ? null : Date.valueOf(deadline), planId);
        jdbc.update("insert into task_unit (task_id, unit_id, role) values (?, ?, 'LEAD')", id, leadUnitId);
        return id;
    }

    public void coordinates(long taskId, long unitId) {
        jdbc.update("insert into task_unit (task_id, unit_id, role) values (?, ?, 'COORDINATING')", taskId, unitId);
    }

    /** A one-off report due on the day; returns its period. */
    public ReportingPeriodView oneOff(long planId, LocalDate deadline) {
        jdbc.update("insert into reporting_rule (plan_id, kind, label, on_date) values (?, 'ONE_OFF', ?, ?)", planId,
                "Báo cáo kết quả thực hiện", Date.valueOf(deadline));
        periods.regenerate(planId);
        return periods.periods(planId).stream().filter(period -> period.deadline().equals(deadline)).findFirst()
                .orElseThrow();
    }

    /** A report due every year of the plan on the day and month. */
    public void yearly(long planId, String label, int day, int month) {
        jdbc.update("insert into reporting_rule (plan_id, kind, label, day, month) values (?, 'YEARLY', ?, ?, ?)",
                planId, label, day, month);
        periods.regenerate(planId);
    }

    /**
     * The unit's report for the period, sent (on time two days before the deadline, or late five days after) and
     * now in the status given; a returned one carries the comment.
     */
    public long sent(ReportingPeriodView period, long unitId, ReportStatus status, boolean onTime, String comment) {
        Timestamp sent = Timestamp.from(period.deadline().plusDays(onTime ? -2 : 5).atTime(10, 0).atZone(VIETNAM)
                .toInstant());
        return jdbc.queryForObject("""
                insert into progress_report (plan_id, period_id, unit_id, status, document_number, document_date,
                    addressee, first_submitted_at, on_time, submitted_at, review_comment, reviewed_by, reviewed_at,
                    updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, 'Sở Nội vụ', ?, ?, ?, ?, 'Cán bộ điều phối', ?, 'Cán bộ', ?)
                returning id
                """, Long.class, period.planId(), period.id(), unitId, status.name(), TestData.unique("BC-"),
                Date.valueOf(period.deadline()), sent, onTime, sent, comment, sent, sent);
    }
}
