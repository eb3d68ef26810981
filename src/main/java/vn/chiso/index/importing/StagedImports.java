package vn.chiso.index.importing;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploaded files between upload and confirmation, in table {@code result_import}, so that any instance can finish
 * the import.
 */
@Repository
class StagedImports {

    /** An upload nobody confirmed within a day is dropped. */
    private static final Duration KEPT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    StagedImports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID add(long indexId, ImportForm form, String fileName, byte[] content, String user) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        jdbc.sql("delete from result_import where uploaded_at < :oldest").param("oldest", now.minus(KEPT)).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into result_import (id, index_id, year, ranked_count, source_note, file_name, content,
                                           uploaded_by, uploaded_at)
                values (:id, :indexId, :year, :rankedCount, :sourceNote, :fileName, :content, :user, :now)
                """).param("id", id).param("indexId", indexId).param("year", form.year())
                .param("rankedCount", form.rankedCount()).param("sourceNote", form.sourceNote())
                .param("fileName", fileName).param("content", content).param("user", user).param("now", now)
                .update();
        return id;
    }

    Optional<StagedImport> find(UUID id, long indexId) {
        return jdbc.sql("""
                select id, index_id, year, ranked_count, source_note, file_name, content, uploaded_by
                from result_import where id = :id and index_id = :indexId
                """).param("id", id).param("indexId", indexId).query(StagedImport.class).optional();
    }

    void remove(UUID id) {
        jdbc.sql("delete from result_import where id = :id").param("id", id).update();
    }
}
