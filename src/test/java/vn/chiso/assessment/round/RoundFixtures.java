package vn.chiso.assessment.round;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;

/**
 * Rounds, criteria sets and assessments written straight into the tables, for years no other test uses (from 2061
 * on), so that a page's counts are exactly the test's own.
 */
final class RoundFixtures {

    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    private final JdbcTemplate jdbc;

    RoundFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static int year() {
        int year = YEARS.incrementAndGet();
        if (year > 2099) {
            throw new IllegalStateException("the test years are used up");
        }
        return year;
    }

    /** A round with its window (moved there if the year already has one). */
    void round(int year, LocalDate opensOn, LocalDate closesOn) {
        jdbc.update("""
                insert into assessment_year (year, opens_on, closes_on, updated_by, updated_at)
                values (?, ?, ?, 'test', now())
                on conflict (year) do update set opens_on = excluded.opens_on, closes_on = excluded.closes_on
                """, year, Date.valueOf(opensOn), Date.valueOf(closesOn));
    }

    /** A set with one field, one criterion and one scored sub-criterion of 10 points. */
    CriteriaSetIds set(int year, AssessedKind kind, String surveyPoints) {
        Long setId = jdbc.queryForObject("""
                insert into criteria_set (year, kind, name, survey_points, created_by, created_at)
                values (?, ?, ?, ?, 'test', now()) returning id
                """, Long.class, year, kind.name(), "Bộ tiêu chí thử " + kind + " " + year,
                new BigDecimal(surveyPoints));
        Long field = criterion(setId, null, 1, "I", null);
        Long criterion = criterion(setId, field, 2, "I.1", null);
        Long scored = criterion(setId, criterion, 3, "I.1.1", new BigDecimal("10"));
        return new CriteriaSetIds(setId, scored);
    }

    long assessment(int year, long unitId, long setId, AssessmentStatus status, Instant submittedAt, Boolean late) {
        return jdbc.queryForObject("""
                insert into assessment (year, unit_id, set_id, status, submitted_at, late, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?, 'test', now()) returning id
                """, Long.class, year, unitId, setId, status.name(),
                submittedAt == null ? null : Timestamp.from(submittedAt), late);
    }

    void score(long assessmentId, long criterionId, String self, String appraised) {
        jdbc.update("insert into assessment_score (assessment_id, criterion_id, self_score, appraised_score)"
                + " values (?, ?, ?, ?)", assessmentId, criterionId, new BigDecimal(self),
                appraised == null ? null : new BigDecimal(appraised));
    }

    int count(int year, long unitId) {
        return jdbc.queryForObject("select count(*) from assessment where year = ? and unit_id = ?", Integer.class,
                year, unitId);
    }

    BigDecimal surveyPoints(int year, long unitId) {
        return jdbc.queryForObject("select survey_points from assessment where year = ? and unit_id = ?",
                BigDecimal.class, year, unitId);
    }

    private Long criterion(long setId, Long parentId, int level, String code, BigDecimal max) {
        return jdbc.queryForObject("""
                insert into criterion (set_id, parent_id, level, code, name, max_points, step, position)
                values (?, ?, ?, ?, ?, ?, null, 1) returning id
                """, Long.class, setId, parentId, level, code, "Tiêu chí " + code, max);
    }

    /** @param scored the set's one scored sub-criterion */
    record CriteriaSetIds(long id, long scored) {
    }
}
