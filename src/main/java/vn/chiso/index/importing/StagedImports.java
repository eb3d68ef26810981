package vn.chiso.index.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Uploaded files between upload and confirmation, in PostgreSQL so that any instance can finish the import. */
@Component
class StagedImports {

    /** An upload nobody confirmed within a day is dropped. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    StagedImports(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID add(long indexId, ImportForm form, String fileName, byte[] content, String user) {
        jdbc.update("delete from result_import where uploaded_at < ?", Timestamp.from(clock.instant().minus(KEPT)));
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into result_import (id, index_id, year, ranked_count, source_note, file_name, content,
                                           uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, id, indexId, form.year(), form.rankedCount(), form.sourceNote(), fileName, content, user,
                Timestamp.from(clock.instant()));
        return id;
    }

    Optional<StagedImport> find(UUID id, long indexId) {
        return jdbc.query("select * from result_import where id = ? and index_id = ?", (row, n) -> new StagedImport(
                (UUID) row.getObject("id"), row.getLong("index_id"), row.getInt("year"),
                (Integer) row.getObject("ranked_count"), row.getString("source_note"), row.getString("file_name"),
                row.getBytes("content"), row.getString("uploaded_by")), id, indexId).stream().findFirst();
    }

    void remove(UUID id) {
        jdbc.update("delete from result_import where id = ?", id);
    }
}
