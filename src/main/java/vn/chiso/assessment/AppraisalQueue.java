package vn.chiso.assessment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments of every year waiting for Sở Nội vụ: sent for appraisal, answered after a return, or returned and
 * no longer waiting for an answer that is overdue. One statement, whatever their number.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalQueue {

    /**
     * The waiting assessments. The last day of a returned appraisal's answer is {@link AssessmentYear#responseDue}
     * in SQL: the window's last day, or {@value AssessmentYear#RESPONSE_DAYS} days after the return when later.
     * Parameters: the province's time zone, then today.
     */
    private static final String WAITING = """
            select a.id, a.year, a.unit_id, a.set_id, a.status, a.submitted_at, a.late, a.responded_at, d.response_due
            from assessment a join assessment_year y on y.year = a.year
            cross join lateral (select case when a.status = 'RETURNED'
                then greatest((a.returned_at at time zone ?)::date + %d, y.closes_on) end as response_due) d
            where a.status in ('SUBMITTED', 'RESPONDED') or (a.status = 'RETURNED' and d.response_due < ?)
            """.formatted(AssessmentYear.RESPONSE_DAYS);

    /**
     * How many assessments wait, as a scalar subquery, so that the menu's count can add it to the other modules' in
     * one statement. Its parameters: the province's time zone (its id), then today's date there.
     */
    public static final String WAITING_COUNT_SQL = "select count(*) from (" + WAITING + ") w";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AppraisalQueue(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Every waiting assessment; within each status the one that has waited longest first (sent, answered, or due to
     * be answered earliest).
     */
    public List<WaitingAssessment> waiting() {
        return jdbc.query("select w.*, u.name as unit_name, cs.kind from (" + WAITING + """
                ) w join published_unit u on u.id = w.unit_id join criteria_set cs on cs.id = w.set_id
                order by w.response_due, w.responded_at, w.submitted_at, w.id
                """, (row, n) -> new WaitingAssessment(row.getLong("id"), row.getInt("year"), row.getLong("unit_id"),
                row.getString("unit_name"), AssessedKind.valueOf(row.getString("kind")),
                AssessmentStatus.valueOf(row.getString("status")), instant(row.getTimestamp("submitted_at")),
                row.getBoolean("late"), instant(row.getTimestamp("responded_at")),
                row.getObject("response_due", LocalDate.class)), clock.getZone().getId(), LocalDate.now(clock));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
