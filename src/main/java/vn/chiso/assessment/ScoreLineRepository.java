package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What was said about each criterion of an assessment ({@code assessment_score}) and the files backing it
 * ({@code assessment_evidence}). The lines of a form are written in one batch, whatever their number.
 */
@Repository
class ScoreLineRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    ScoreLineRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Every line of the assessment that holds something, with the ids of its files, in one statement. */
    List<LineRow> lines(long assessmentId) {
        return jdbc.sql("""
                select k.criterion_id, s.self_score, s.explanation, s.appraised_score, s.appraisal_comment, s.response,
                    array(select e.evidence_id from assessment_evidence e
                          where e.assessment_id = :id and e.criterion_id = k.criterion_id) as evidence_ids
                from (select criterion_id from assessment_score where assessment_id = :id
                      union select criterion_id from assessment_evidence where assessment_id = :id) k
                    left join assessment_score s on s.assessment_id = :id and s.criterion_id = k.criterion_id
                """).param("id", assessmentId).query((row, n) -> new LineRow(row.getLong("criterion_id"),
                row.getBigDecimal("self_score"), row.getString("explanation"), row.getBigDecimal("appraised_score"),
                row.getString("appraisal_comment"), row.getString("response"), ids(row.getArray("evidence_ids"))))
                .list();
    }

    boolean backs(long assessmentId, long evidenceId) {
        return jdbc.sql("""
                select exists (select 1 from assessment_evidence where assessment_id = :id and evidence_id = :file)
                """).param("id", assessmentId).param("file", evidenceId).query(Boolean.class).single();
    }

    void writeSelfScores(List<SelfScore> lines) {
        batch.batchUpdate("""
                insert into assessment_score (assessment_id, criterion_id, self_score, explanation)
                values (:assessmentId, :criterionId, :score, :explanation)
                on conflict (assessment_id, criterion_id) do update set self_score = excluded.self_score,
                    explanation = excluded.explanation
                """, sources(lines));
    }

    /**
     * The files of the given criteria become exactly the links given, in one statement: the links no longer given
     * are removed, the new ones added.
     */
    void replaceEvidence(long assessmentId, List<Long> criteria, List<EvidenceLink> links) {
        jdbc.sql("""
                with kept (criterion_id, evidence_id) as (
                    select * from unnest(cast(:linkCriteria as bigint[]), cast(:linkFiles as bigint[]))),
                gone as (
                    delete from assessment_evidence e where e.assessment_id = :id
                        and e.criterion_id = any (cast(:criteria as bigint[]))
                        and (e.criterion_id, e.evidence_id) not in (select criterion_id, evidence_id from kept))
                insert into assessment_evidence (assessment_id, criterion_id, evidence_id)
                select distinct :id, criterion_id, evidence_id from kept
                on conflict do nothing
                """).param("id", assessmentId).param("criteria", criteria.toArray(Long[]::new))
                .param("linkCriteria", links.stream().map(EvidenceLink::criterionId).toArray(Long[]::new))
                .param("linkFiles", links.stream().map(EvidenceLink::evidenceId).toArray(Long[]::new))
                .update();
    }

    void writeAppraisal(List<AppraisedScore> lines) {
        batch.batchUpdate("""
                insert into assessment_score (assessment_id, criterion_id, appraised_score, appraisal_comment)
                values (:assessmentId, :criterionId, :score, :comment)
                on conflict (assessment_id, criterion_id) do update
                    set appraised_score = excluded.appraised_score, appraisal_comment = excluded.appraisal_comment
                """, sources(lines));
    }

    void writeResponses(List<Response> lines) {
        batch.batchUpdate("""
                insert into assessment_score (assessment_id, criterion_id, response)
                values (:assessmentId, :criterionId, :response)
                on conflict (assessment_id, criterion_id) do update set response = excluded.response
                """, sources(lines));
    }

    private static SqlParameterSource[] sources(List<? extends Record> lines) {
        return lines.stream().map(SimplePropertySqlParameterSource::new).toArray(SqlParameterSource[]::new);
    }

    private static List<Long> ids(Array array) throws SQLException {
        return List.of((Long[]) array.getArray());
    }

    /** A stored line; {@code evidenceIds} are the files backing it. */
    record LineRow(long criterionId, BigDecimal selfScore, String explanation, BigDecimal appraisedScore,
            String appraisalComment, String response, List<Long> evidenceIds) {
    }

    record SelfScore(long assessmentId, long criterionId, BigDecimal score, String explanation) {
    }

    record EvidenceLink(long criterionId, long evidenceId) {
    }

    record AppraisedScore(long assessmentId, long criterionId, BigDecimal score, String comment) {
    }

    record Response(long assessmentId, long criterionId, String response) {
    }
}
