package vn.chiso.assessment.analysis;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.assessment.AssessedKind;

/** The final assessments' points, self-assessed against appraised: per unit, per criterion of a kind, per line. */
@Repository
class ScoringRepository {

    /** Over the criteria that apply to the unit (assessment_line leaves the waived ones out). */
    private static final String UNITS_SQL = """
            select a.year, a.unit_id, u.name, cs.kind, coalesce(sum(l.max_points), 0) as max_points,
                coalesce(sum(s.self_score), 0) as self_points, coalesce(sum(s.appraised_score), 0) as appraised_points
            from assessment a join published_unit u on u.id = a.unit_id join criteria_set cs on cs.id = a.set_id
                left join assessment_line l on l.assessment_id = a.id
                left join assessment_score s on s.assessment_id = a.id and s.criterion_id = l.criterion_id
            where a.year in (:year, :year - 1) and a.status = 'FINAL'
            group by a.id, u.id, u.name, u.short_name, u.code, cs.id
            """;

    /** Criteria are matched by code: the units of a kind may hold different versions of the year's set. */
    private static final String LOSSES_SQL = """
            select cs.kind, c.code, (array_agg(c.name order by cs.version desc, c.id))[1] as name,
                count(*) as units, sum(l.max_points) as max_points, coalesce(sum(s.self_score), 0) as self_points,
                coalesce(sum(s.appraised_score), 0) as appraised_points
            from assessment a join criteria_set cs on cs.id = a.set_id
                join assessment_line l on l.assessment_id = a.id
                join criterion c on c.id = l.criterion_id
                left join assessment_score s on s.assessment_id = a.id and s.criterion_id = l.criterion_id
            where a.year = :year and a.status = 'FINAL'
            group by cs.kind, c.code
            order by sum(l.max_points) - coalesce(sum(s.appraised_score), 0) desc, c.code
            """;

    /** The unit's criteria in reading order (field, criterion, sub-criterion), this year's first. */
    private static final String UNIT_SQL = """
            select a.year, c.code, c.name, l.max_points, s.self_score, s.appraised_score
            from assessment a join assessment_line l on l.assessment_id = a.id
                join criterion c on c.id = l.criterion_id
                left join criterion p on p.id = c.parent_id
                left join criterion g on g.id = p.parent_id
                left join assessment_score s on s.assessment_id = a.id and s.criterion_id = l.criterion_id
            where a.unit_id = :unit and a.year in (:year, :year - 1) and a.status = 'FINAL'
            order by a.year desc, array_remove(array[g.position, p.position, c.position], null), c.id
            """;

    private final JdbcClient jdbc;

    ScoringRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each unit's points of the year and of the year before. */
    List<UnitPoints> units(int year) {
        return jdbc.sql(UNITS_SQL).param("year", year).query(UnitPoints.class).list();
    }

    /** For each kind, its criteria by the points they lost over the units, the most first. */
    List<CriterionLoss> losses(int year) {
        return jdbc.sql(LOSSES_SQL).param("year", year).query(CriterionLoss.class).list();
    }

    /** A unit's lines of the year and of the year before, this year's first, each in reading order. */
    List<LinePoints> unit(int year, long unitId) {
        return jdbc.sql(UNIT_SQL).param("unit", unitId).param("year", year).query(LinePoints.class).list();
    }

    record UnitPoints(int year, long unitId, String name, AssessedKind kind, BigDecimal maxPoints,
            BigDecimal selfPoints, BigDecimal appraisedPoints) {

        SelfVsAppraised figures() {
            return new SelfVsAppraised(maxPoints, selfPoints, appraisedPoints);
        }
    }

    record LinePoints(int year, String code, String name, BigDecimal maxPoints, BigDecimal selfScore,
            BigDecimal appraisedScore) {
    }
}
