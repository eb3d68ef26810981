package vn.chiso.report.reminder;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reminders sent (table {@code reminder}), and the periods around whose deadlines they are due. */
@Repository
class ReminderRepository {

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The periods of plans in force whose deadline falls between the two days, earliest first. */
    List<Long> periodsInForceDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select rp.id from published_period rp join published_plan p on p.id = rp.plan_id
                where p.status = 'IN_FORCE' and rp.deadline between :from and :to order by rp.deadline
                """).param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query(Long.class).list();
    }

    /** A reminder a coordinator sent at once. */
    void addSentBy(long periodId, long unitId, String actor, int recipients, Instant at) {
        jdbc.sql("""
                insert into reminder (period_id, unit_id, sent_at, sent_by, recipients)
                values (:period, :unit, :at, :actor, :recipients)
                """).param("period", periodId).param("unit", unitId).param("at", Timestamp.from(at))
                .param("actor", actor).param("recipients", recipients).update();
    }

    /**
     * The scheduled reminder of the unit for the period, {@code offsetDays} from its deadline; false when it was
     * already recorded. The unique index makes this the one place that decides: a second run inserts nothing.
     */
    boolean addScheduled(long periodId, long unitId, int offsetDays, int recipients, Instant at) {
        return jdbc.sql("""
                insert into reminder (period_id, unit_id, offset_days, sent_at, recipients)
                values (:period, :unit, :offset, :at, :recipients)
                on conflict (period_id, unit_id, offset_days) where sent_by is null do nothing
                """).param("period", periodId).param("unit", unitId).param("offset", offsetDays)
                .param("at", Timestamp.from(at)).param("recipients", recipients).update() == 1;
    }
}
