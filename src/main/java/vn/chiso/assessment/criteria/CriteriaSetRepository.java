package vn.chiso.assessment.criteria;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.assessment.AssessedKind;

/**
 * The criteria sets ({@code criteria_set}), one per year, kind of unit and version, and how many assessments use each.
 */
@Repository
class CriteriaSetRepository {

    private static final String SET = "select id, year, kind, version, name, survey_points from criteria_set";

    private final JdbcClient jdbc;

    CriteriaSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CriteriaSet> find(long setId) {
        return jdbc.sql(SET + " where id = :id").param("id", setId).query(CriteriaSet.class).optional();
    }

    /** The set, its row locked until the change is committed. */
    Optional<CriteriaSet> lock(long setId) {
        return jdbc.sql(SET + " where id = :id for update").param("id", setId).query(CriteriaSet.class).optional();
    }

    /** The latest version of a year and kind. */
    Optional<CriteriaSet> current(int year, AssessedKind kind) {
        return jdbc.sql(SET + " where year = :year and kind = :kind order by version desc limit 1")
                .param("year", year).param("kind", kind.name()).query(CriteriaSet.class).optional();
    }

    /** The latest year first, then by kind and version. */
    List<CriteriaSet> all() {
        return jdbc.sql(SET + " order by year desc, kind, version desc").query(CriteriaSet.class).list();
    }

    /** Every set with its points and use, in the order of {@link #all()}. */
    List<CriteriaSetSummary> summaries() {
        return jdbc.sql("""
                select s.id, s.year, s.kind, s.version, s.name, s.survey_points,
                    coalesce(sc.self_max, 0) as self_max, coalesce(sc.scored, 0) as scored,
                    (select count(*) from assessment a where a.set_id = s.id) as assessments
                from criteria_set s
                    left join (select set_id, sum(max_points) as self_max, count(*) as scored
                               from scored_criterion group by set_id) sc on sc.set_id = s.id
                order by s.year desc, s.kind, s.version desc
                """).query(SummaryRow.class).stream().map(SummaryRow::summary).toList();
    }

    /** How many units' assessments use the set. */
    int assessments(long setId) {
        return jdbc.sql("select count(*) from assessment where set_id = :id").param("id", setId)
                .query(Integer.class).single();
    }

    /** @throws org.springframework.dao.DuplicateKeyException the year and kind have this version already */
    long insert(int year, AssessedKind kind, int version, String name, BigDecimal surveyPoints, String by,
            Instant at) {
        return jdbc.sql("""
                insert into criteria_set (year, kind, version, name, survey_points, created_by, created_at)
                values (:year, :kind, :version, :name, :survey, :by, :at) returning id
                """).param("year", year).param("kind", kind.name()).param("version", version).param("name", name)
                .param("survey", surveyPoints).param("by", by).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void updateHeader(long setId, String name, BigDecimal surveyPoints) {
        jdbc.sql("update criteria_set set name = :name, survey_points = :survey where id = :id")
                .param("name", name).param("survey", surveyPoints).param("id", setId).update();
    }

    private record SummaryRow(long id, int year, AssessedKind kind, int version, String name,
            BigDecimal surveyPoints, BigDecimal selfMax, int scored, int assessments) {

        CriteriaSetSummary summary() {
            return new CriteriaSetSummary(new CriteriaSet(id, year, kind, version, name, surveyPoints), selfMax,
                    scored, assessments);
        }
    }
}
