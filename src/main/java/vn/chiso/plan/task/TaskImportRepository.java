package vn.chiso.plan.task;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The task files uploaded and kept until they are confirmed or discarded ({@code task_import}). */
@Repository
class TaskImportRepository {

    /** An uploaded file as kept. */
    record Staged(String fileName, byte[] content) {
    }

    private final JdbcClient jdbc;

    TaskImportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void deleteUploadedBefore(Instant moment) {
        jdbc.sql("delete from task_import where uploaded_at < :moment").param("moment", at(moment)).update();
    }

    void insert(UUID id, long planId, String fileName, byte[] content, String user, Instant uploadedAt) {
        jdbc.sql("""
                insert into task_import (id, plan_id, file_name, content, uploaded_by, uploaded_at)
                values (:id, :planId, :fileName, :content, :user, :uploadedAt)
                """).param("id", id).param("planId", planId).param("fileName", fileName).param("content", content)
                .param("user", user).param("uploadedAt", at(uploadedAt)).update();
    }

    Optional<Staged> find(UUID id, long planId) {
        return jdbc.sql("select file_name, content from task_import where id = :id and plan_id = :planId")
                .param("id", id).param("planId", planId).query(Staged.class).optional();
    }

    void delete(UUID id, long planId) {
        jdbc.sql("delete from task_import where id = :id and plan_id = :planId").param("id", id)
                .param("planId", planId).update();
    }

    private static OffsetDateTime at(Instant moment) {
        return moment.atOffset(ZoneOffset.UTC);
    }
}
