package vn.chiso.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.user.Recipient;
import vn.chiso.user.Role;

/** The {@code notice} table: each person's notices, unread until opened. */
@Repository
class NoticeRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    NoticeRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** One notice for each recipient, in one batch. */
    void insert(List<Recipient> recipients, Alert alert, Instant at) {
        batch.batchUpdate("""
                insert into notice (recipient_id, kind, unit_name, plan_number, period_label, year, index_code, late,
                    resubmitted, link, created_at)
                values (:recipientId, :kind, :unitName, :planNumber, :periodLabel, :year, :indexCode, :late,
                    :resubmitted, :link, :createdAt)
                """, recipients.stream().map(recipient -> new SimplePropertySqlParameterSource(new NewNotice(
                recipient.id(), alert.kind().name(), alert.unitName(), alert.planNumber(), alert.periodLabel(),
                alert.year(), alert.indexCode(), alert.late(), alert.resubmitted(), alert.link(),
                Timestamp.from(at)))).toArray(SqlParameterSource[]::new));
    }

    /** One notice for every active account of a role, in one statement; returns how many. */
    int insertForEvery(Role role, Alert alert, Instant at) {
        return jdbc.sql("""
                insert into notice (recipient_id, kind, unit_name, plan_number, period_label, year, index_code, late,
                    resubmitted, link, created_at)
                select id, :kind, :unitName, :planNumber, :periodLabel, :year, :indexCode, :late, :resubmitted, :link,
                    :createdAt
                from published_account where role = :role and active
                """).param("kind", alert.kind().name()).param("unitName", alert.unitName())
                .param("planNumber", alert.planNumber()).param("periodLabel", alert.periodLabel())
                .param("year", alert.year()).param("indexCode", alert.indexCode()).param("late", alert.late())
                .param("resubmitted", alert.resubmitted()).param("link", alert.link())
                .param("createdAt", Timestamp.from(at)).param("role", role.name()).update();
    }

    /** The newest unread notices of a person, each with how many are unread in all. */
    List<UnreadRow> unread(long recipientId, int limit) {
        return jdbc.sql("""
                select n.id, n.kind, n.unit_name, n.plan_number, n.period_label, n.year, n.index_code, n.late,
                    n.resubmitted, n.created_at, count(*) over () as total
                from notice n
                where n.recipient_id = :recipient and n.read_at is null order by n.id desc limit :limit
                """).param("recipient", recipientId).param("limit", limit).query(UnreadRow.class).list();
    }

    /** Marks the person's notice read; the page it leads to, or nothing when it is not theirs. */
    Optional<String> read(long noticeId, long recipientId, Instant at) {
        return jdbc.sql("""
                update notice set read_at = coalesce(read_at, :at) where id = :id and recipient_id = :recipient
                returning link
                """).param("at", Timestamp.from(at)).param("id", noticeId).param("recipient", recipientId)
                .query(String.class).optional();
    }

    int readAll(long recipientId, Instant at) {
        return jdbc.sql("update notice set read_at = :at where recipient_id = :recipient and read_at is null")
                .param("at", Timestamp.from(at)).param("recipient", recipientId).update();
    }

    private record NewNotice(long recipientId, String kind, String unitName, String planNumber, String periodLabel,
            Integer year, String indexCode, boolean late, boolean resubmitted, String link, Timestamp createdAt) {
    }

    record UnreadRow(long id, NoticeKind kind, String unitName, String planNumber, String periodLabel, Integer year,
            String indexCode, boolean late, boolean resubmitted, Instant createdAt, long total) {

        Notice notice() {
            return new Notice(id, kind, unitName, planNumber, periodLabel, year, indexCode, late, resubmitted,
                    createdAt);
        }
    }
}
