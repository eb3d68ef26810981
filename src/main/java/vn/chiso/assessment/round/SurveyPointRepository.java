package vn.chiso.assessment.round;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sociological survey's points of each assessment of a round. */
@Repository
class SurveyPointRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    SurveyPointRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Every enrolled unit of the year with its points and the most its set allows, in no order. */
    List<SurveyLine> lines(int year) {
        return jdbc.sql("""
                select a.id as assessment_id, a.unit_id, u.code as unit_code, u.name as unit_name, cs.kind, a.status,
                    a.survey_points as points, cs.survey_points as max
                from assessment a join published_unit u on u.id = a.unit_id join criteria_set cs on cs.id = a.set_id
                where a.year = :year
                """).param("year", year).query(SurveyLine.class).list();
    }

    /** The new points, in one batch; a final assessment is never changed, even if it became final meanwhile. */
    void write(List<Change> changes) {
        batch.batchUpdate("""
                update assessment set survey_points = :points, updated_by = :by, updated_at = :at
                where id = :assessmentId and status <> 'FINAL'
                """, changes.stream().map(SimplePropertySqlParameterSource::new).toArray(SqlParameterSource[]::new));
    }

    record Change(long assessmentId, BigDecimal points, String by, Timestamp at) {

        Change(long assessmentId, BigDecimal points, String by, Instant at) {
            this(assessmentId, points, by, Timestamp.from(at));
        }
    }
}
