package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The units' assessments of a year, without their lines: the header a unit's pages and the services start from
 * (locked when it is about to change), the changes of its status, the year's summaries and the waiting ones.
 */
@Repository
class AssessmentRepository {

    private static final String HEADER = """
            select a.id, a.year, a.unit_id, u.name as unit_name, cs.kind, a.set_id, a.status, a.submitted_at, a.late,
                a.returned_at, a.return_comment, a.responded_at, a.finalized_at, a.survey_points, a.updated_by,
                a.updated_at, a.version
            from assessment a join published_unit u on u.id = a.unit_id join criteria_set cs on cs.id = a.set_id
            where a.year = :year and a.unit_id = :unit
            """;

    /**
     * The waiting assessments. The last day of a returned appraisal's answer is {@link AssessmentYear#responseDue}
     * in SQL: the window's last day, or {@value AssessmentYear#RESPONSE_DAYS} days after the return when later.
     */
    private static final String WAITING = """
            select a.id, a.year, a.unit_id, a.set_id, a.status, a.submitted_at, coalesce(a.late, false) as late,
                a.responded_at, d.response_due
            from assessment a join assessment_year y on y.year = a.year
            cross join lateral (select case when a.status = 'RETURNED'
                then greatest((a.returned_at at time zone :zone)::date + %d, y.closes_on) end as response_due) d
            where a.status in ('SUBMITTED', 'RESPONDED') or (a.status = 'RETURNED' and d.response_due < :today)
            """.formatted(AssessmentYear.RESPONSE_DAYS);

    /** How many assessments wait, as a scalar subquery; named parameters {@code zone} (an id) and {@code today}. */
    static final String WAITING_COUNT = "select count(*) from (" + WAITING + ") w";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AssessmentHeader> find(int year, long unitId) {
        return jdbc.sql(HEADER).param("year", year).param("unit", unitId).query(AssessmentHeader.class).optional();
    }

    /** The header, its row locked until the transaction ends: whoever changes the assessment meanwhile waits. */
    Optional<AssessmentHeader> lock(int year, long unitId) {
        return jdbc.sql(HEADER + " for update of a").param("year", year).param("unit", unitId)
                .query(AssessmentHeader.class).optional();
    }

    /**
     * Moves an untouched draft (nothing scored, nothing attached) to the latest version of its criteria set; whether
     * it moved.
     */
    boolean takeLatestCriteria(int year, long unitId) {
        return jdbc.sql("""
                update assessment a set set_id = latest.id, version = a.version + 1
                from criteria_set s, lateral (select l.id from criteria_set l where l.year = s.year and l.kind = s.kind
                                              order by l.version desc limit 1) latest
                where a.year = :year and a.unit_id = :unit and a.status = 'DRAFT' and s.id = a.set_id
                  and latest.id <> a.set_id
                  and not exists (select 1 from assessment_score sc where sc.assessment_id = a.id)
                  and not exists (select 1 from assessment_evidence e where e.assessment_id = a.id)
                """).param("year", year).param("unit", unitId).update() > 0;
    }

    /** Someone changed the assessment (its lines or its status): who, when, and its next version. */
    void touch(long assessmentId, String by, Instant at) {
        jdbc.sql("update assessment set updated_by = :by, updated_at = :at, version = version + 1 where id = :id")
                .param("by", by).param("at", Timestamp.from(at)).param("id", assessmentId).update();
    }

    /** Sent for appraisal; the lateness of the first submission stays. */
    void submitted(long assessmentId, boolean late, String by, Instant at) {
        jdbc.sql("""
                update assessment set status = 'SUBMITTED', submitted_at = :at, late = coalesce(late, :late),
                    updated_by = :by, updated_at = :at, version = version + 1 where id = :id
                """).param("at", Timestamp.from(at)).param("late", late).param("by", by).param("id", assessmentId)
                .update();
    }

    void returned(long assessmentId, String comment, String by, Instant at) {
        jdbc.sql("""
                update assessment set status = 'RETURNED', returned_at = :at, return_comment = :comment,
                    updated_by = :by, updated_at = :at, version = version + 1 where id = :id
                """).param("at", Timestamp.from(at)).param("comment", comment).param("by", by)
                .param("id", assessmentId).update();
    }

    void responded(long assessmentId, String by, Instant at) {
        jdbc.sql("""
                update assessment set status = 'RESPONDED', responded_at = :at, updated_by = :by, updated_at = :at,
                    version = version + 1 where id = :id
                """).param("at", Timestamp.from(at)).param("by", by).param("id", assessmentId).update();
    }

    void finalized(long assessmentId, String by, Instant at) {
        jdbc.sql("""
                update assessment set status = 'FINAL', finalized_at = :at, updated_by = :by, updated_at = :at,
                    version = version + 1 where id = :id
                """).param("at", Timestamp.from(at)).param("by", by).param("id", assessmentId).update();
    }

    /** Every unit's assessment of a year with its points over the criteria that apply to it, by unit name. */
    List<AssessmentSummary> summaries(int year) {
        return jdbc.sql("""
                select a.id, a.unit_id, u.name, u.short_name, u.code, cs.kind, a.status, a.late, a.submitted_at,
                    a.survey_points, cs.survey_points as survey_max, coalesce(sum(l.max_points), 0) as self_max,
                    coalesce(sum(s.self_score), 0) as self_points,
                    coalesce(sum(s.appraised_score), 0) as appraised_points
                from assessment a join published_unit u on u.id = a.unit_id join criteria_set cs on cs.id = a.set_id
                    left join assessment_line l on l.assessment_id = a.id
                    left join assessment_score s on s.assessment_id = a.id and s.criterion_id = l.criterion_id
                where a.year = :year
                group by a.id, u.id, u.name, u.short_name, u.code, cs.id
                order by u.name, u.id
                """).param("year", year).query(SummaryRow.class).stream().map(SummaryRow::summary).toList();
    }

    /** The waiting assessments; within each status the one that has waited longest first. */
    List<WaitingAssessment> waiting(ZoneId zone, LocalDate today) {
        return jdbc.sql("select w.*, u.name as unit_name, cs.kind from (" + WAITING + """
                ) w join published_unit u on u.id = w.unit_id join criteria_set cs on cs.id = w.set_id
                order by w.response_due, w.responded_at, w.submitted_at, w.id
                """).param("zone", zone.getId()).param("today", today).query(WaitingAssessment.class).list();
    }

    private record SummaryRow(long id, long unitId, String name, String shortName, String code, AssessedKind kind,
            AssessmentStatus status, Boolean late, Instant submittedAt, BigDecimal surveyPoints,
            BigDecimal surveyMax, BigDecimal selfMax, BigDecimal selfPoints, BigDecimal appraisedPoints) {

        AssessmentSummary summary() {
            return new AssessmentSummary(id, unitId, name, shortName, code, kind, status, late, submittedAt,
                    new Totals(selfPoints, appraisedPoints, Points.orZero(surveyPoints), selfMax.add(surveyMax)),
                    surveyPoints != null);
        }
    }
}
