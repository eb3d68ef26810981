package vn.chiso.mail;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every mail the application sent or tried to send, in table {@code mail_outbox}. */
@Repository
class MailOutbox {

    private static final RowMapper<OutboxMail> MAIL = (row, n) -> new OutboxMail(row.getLong("id"),
            row.getString("recipients"), row.getString("subject"), row.getString("body"),
            row.getObject("created_at", OffsetDateTime.class).toInstant(), row.getBoolean("delivered"),
            row.getString("error"));

    private final JdbcClient jdbc;

    MailOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a mail not yet delivered and returns its id. */
    long add(String recipients, String subject, String body, Instant createdAt) {
        return jdbc.sql("""
                insert into mail_outbox (recipients, subject, body, created_at, delivered)
                values (:recipients, :subject, :body, :createdAt, false) returning id
                """).param("recipients", recipients).param("subject", subject).param("body", body)
                .param("createdAt", createdAt.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    void delivered(long id) {
        jdbc.sql("update mail_outbox set delivered = true where id = :id").param("id", id).update();
    }

    void failed(long id, String error) {
        jdbc.sql("update mail_outbox set error = :error where id = :id").param("error", error).param("id", id)
                .update();
    }

    /** The most recent mails, newest first (ids follow insertion, and the primary key serves the order). */
    List<OutboxMail> recent(int limit) {
        return jdbc.sql("""
                select id, recipients, subject, body, created_at, delivered, error from mail_outbox
                order by id desc limit :limit
                """).param("limit", limit).query(MAIL).list();
    }
}
