package vn.chiso.document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The evidence files, content included, in table {@code evidence}. A file taken off its report keeps its row (with
 * {@code removed_at}) for the versions that list it.
 */
@Repository
class EvidenceRepository {

    private static final RowMapper<UnitEvidence> UNIT_EVIDENCE = (row, n) -> new UnitEvidence(row.getLong("id"),
            row.getString("file_name"), row.getLong("size"), instant(row.getObject("uploaded_at", OffsetDateTime.class)),
            row.getString("source_number"));

    private static final RowMapper<StoredFile> STORED_FILE = (row, n) -> new StoredFile(row.getLong("id"),
            row.getLong("report_id"), row.getObject("task_id", Long.class), row.getString("file_name"),
            row.getString("content_type"), row.getLong("size"), row.getString("uploaded_by"),
            instant(row.getObject("uploaded_at", OffsetDateTime.class)));

    private static final RowMapper<EvidenceFile> FILE = (row, n) -> new EvidenceFile(row.getString("file_name"),
            row.getString("content_type"), row.getBytes("content"));

    private final JdbcClient jdbc;

    EvidenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a file of the unit, of a report (or none) and of a task of it (or none); returns its id. */
    long insert(long unitId, Long reportId, Long taskId, EvidenceFiles.Upload upload, String sha256, String actor,
            Instant at) {
        return jdbc.sql("""
                insert into evidence (unit_id, report_id, task_id, file_name, content_type, size, sha256, content,
                    uploaded_by, uploaded_at)
                values (:unitId, :reportId, :taskId, :fileName, :contentType, :size, :sha256, :content, :actor, :at)
                returning id
                """).param("unitId", unitId).param("reportId", reportId).param("taskId", taskId)
                .param("fileName", upload.fileName()).param("contentType", upload.type().contentType())
                .param("size", upload.content().length).param("sha256", sha256).param("content", upload.content())
                .param("actor", actor).param("at", utc(at)).query(Long.class).single();
    }

    void removeSigned(long reportId, Instant at) {
        jdbc.sql("""
                update evidence set removed_at = :at
                where report_id = :reportId and task_id is null and removed_at is null
                """).param("at", utc(at)).param("reportId", reportId).update();
    }

    void remove(long reportId, Collection<Long> evidenceIds, Instant at) {
        jdbc.sql("""
                update evidence set removed_at = :at
                where id in (:ids) and report_id = :reportId and removed_at is null
                """).param("at", utc(at)).param("ids", evidenceIds).param("reportId", reportId).update();
    }

    void numberOfReport(long reportId, String documentNumber) {
        jdbc.sql("""
                update evidence set source_number = :number
                where report_id = :reportId and source_number is distinct from :number
                """).param("number", documentNumber).param("reportId", reportId).update();
    }

    List<UnitEvidence> ofUnit(long unitId) {
        return jdbc.sql("""
                select id, file_name, size, uploaded_at, source_number from evidence
                where unit_id = :unitId and removed_at is null order by uploaded_at desc, id desc
                """).param("unitId", unitId).query(UNIT_EVIDENCE).list();
    }

    List<UnitEvidence> described(Collection<Long> evidenceIds) {
        return jdbc.sql("""
                select id, file_name, size, uploaded_at, source_number from evidence where id in (:ids)
                order by file_name, id
                """).param("ids", evidenceIds).query(UNIT_EVIDENCE).list();
    }

    List<StoredFile> ofReports(Collection<Long> reportIds) {
        return jdbc.sql("""
                select id, report_id, task_id, file_name, content_type, size, uploaded_by, uploaded_at from evidence
                where report_id in (:reportIds) and removed_at is null order by id
                """).param("reportIds", reportIds).query(STORED_FILE).list();
    }

    Optional<EvidenceFile> fileOfUnit(long unitId, long evidenceId) {
        return jdbc.sql("select file_name, content_type, content from evidence where id = :id and unit_id = :unitId")
                .param("id", evidenceId).param("unitId", unitId).query(FILE).optional();
    }

    Optional<EvidenceFile> fileOfReport(long reportId, long evidenceId) {
        return jdbc.sql("select file_name, content_type, content from evidence"
                + " where id = :id and report_id = :reportId").param("id", evidenceId).param("reportId", reportId)
                .query(FILE).optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime at) {
        return at.toInstant();
    }
}
