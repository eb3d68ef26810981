package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Assessment data for tests, written straight into the tables: a year's round with or without thresholds, criteria
 * sets with their fields, criteria and sub-criteria, waivers, and units' assessments with self-assessed and appraised
 * scores, survey points and any status. It skips the services' rules on purpose, so that a test reaches the state it
 * needs (a final assessment, a returned one) in a few lines; test the rules through the services.
 *
 * <p>Tests share one database: give each test units of its own ({@code TestData.unit}) and years nobody else uses, or
 * make it {@code @Transactional}. Points are written as strings ("12.5") so that they stay exact.
 *
 * <pre>{@code
 * AssessmentFixtures fixtures = new AssessmentFixtures(jdbc);
 * fixtures.year(2046, "90", "80", "70");
 * AssessmentFixtures.SetBuilder set = fixtures.set(2046, AssessedKind.DEPARTMENT, "10");
 * long field = set.node(null, "1", "Công tác chỉ đạo, điều hành");
 * long plan = set.scored(field, "1.1", "Kế hoạch CCHC năm", "50");
 * long report = set.scored(field, "1.2", "Báo cáo CCHC", "40");
 * fixtures.assessment(set, unit.id()).score(plan, "50", "45").score(report, "40", "30").survey("8")
 *         .status(AssessmentStatus.FINAL);
 * }</pre>
 */
public class AssessmentFixtures {

    private static final String BY = "Kiểm thử";

    private final JdbcTemplate jdbc;

    public AssessmentFixtures(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A round without thresholds (units are ranked, not rated), its window open all year. */
    public AssessmentFixtures year(int year) {
        jdbc.update("""
                insert into assessment_year (year, opens_on, closes_on, updated_by, updated_at) values (?, ?, ?, ?, ?)
                """, year, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)), BY,
                now());
        return this;
    }

    /** A round with the lowest percentage of Tốt, Khá and Trung bình. */
    public AssessmentFixtures year(int year, String goodFrom, String fairFrom, String averageFrom) {
        year(year);
        jdbc.update("update assessment_year set good_from = ?, fair_from = ?, average_from = ? where year = ?",
                points(goodFrom), points(fairFrom), points(averageFrom), year);
        return this;
    }

    /** A new version of the set of a year and kind, with the points its survey adds ("0" for none). */
    public SetBuilder set(int year, AssessedKind kind, String surveyPoints) {
        long id = jdbc.queryForObject("""
                insert into criteria_set (year, kind, version, name, survey_points, created_by, created_at)
                values (?, ?, (select coalesce(max(version), 0) + 1 from criteria_set where year = ? and kind = ?),
                    ?, ?, ?, ?)
                returning id
                """, Long.class, year, kind.name(), year, kind.name(), "Bộ chỉ số thử " + kind + " " + year,
                points(surveyPoints), BY, now());
        return new SetBuilder(id, year, kind);
    }

    /** The criterion, and everything under it, does not apply to the unit. */
    public void waive(long criterionId, long unitId) {
        jdbc.update("insert into criterion_waiver (criterion_id, unit_id) values (?, ?)", criterionId, unitId);
    }

    /** A unit's assessment with the set, as a draft without scores. */
    public AssessmentBuilder assessment(SetBuilder set, long unitId) {
        long id = jdbc.queryForObject("""
                insert into assessment (year, unit_id, set_id, status, updated_by, updated_at)
                values (?, ?, ?, 'DRAFT', ?, ?) returning id
                """, Long.class, set.year(), unitId, set.id(), BY, now());
        return new AssessmentBuilder(id);
    }

    /**
     * A set being built: nodes are added in reading order, each under the node given (or as a field under none).
     * A node given children is a parent; one without is scored.
     */
    public final class SetBuilder {

        private final long id;
        private final int year;
        private final AssessedKind kind;
        private final Map<Long, Integer> levels = new HashMap<>();
        private int position;

        private SetBuilder(long id, int year, AssessedKind kind) {
            this.id = id;
            this.year = year;
            this.kind = kind;
        }

        public long id() {
            return id;
        }

        public int year() {
            return year;
        }

        public AssessedKind kind() {
            return kind;
        }

        /** A field or criterion that will have children (its maximum is theirs). */
        public long node(Long parentId, String code, String name) {
            return insert(parentId, code, name, null, null);
        }

        /** A scored criterion, any score with two decimals allowed. */
        public long scored(Long parentId, String code, String name, String maxPoints) {
            return insert(parentId, code, name, points(maxPoints), null);
        }

        /** A scored criterion whose scores are whole numbers of {@code step}. */
        public long scored(Long parentId, String code, String name, String maxPoints, String step) {
            return insert(parentId, code, name, points(maxPoints), points(step));
        }

        private long insert(Long parentId, String code, String name, BigDecimal maxPoints, BigDecimal step) {
            int level = parentId == null ? 1 : levels.get(parentId) + 1;
            long node = jdbc.queryForObject("""
                    insert into criterion (set_id, parent_id, level, code, name, max_points, step, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """, Long.class, id, parentId, level, code, name, maxPoints, step, ++position);
            levels.put(node, level);
            return node;
        }
    }

    /** A unit's assessment being filled in. */
    public final class AssessmentBuilder {

        private final long id;

        private AssessmentBuilder(long id) {
            this.id = id;
        }

        public long id() {
            return id;
        }

        /** The unit's score and the appraised one of a scored criterion; either may be {@code null}. */
        public AssessmentBuilder score(long criterionId, String self, String appraised) {
            jdbc.update("""
                    insert into assessment_score (assessment_id, criterion_id, self_score, appraised_score)
                    values (?, ?, ?, ?)
                    on conflict (assessment_id, criterion_id) do update
                    set self_score = excluded.self_score, appraised_score = excluded.appraised_score
                    """, id, criterionId, points(self), points(appraised));
            return this;
        }

        public AssessmentBuilder survey(String points) {
            jdbc.update("update assessment set survey_points = ? where id = ?", points(points), id);
            return this;
        }

        /** Moves it to a status, with the moments a real one would have had (submitted on time, finalized). */
        public AssessmentBuilder status(AssessmentStatus status) {
            Timestamp now = now();
            boolean submitted = status != AssessmentStatus.DRAFT;
            jdbc.update("""
                    update assessment set status = ?, submitted_at = ?, late = ?, finalized_at = ?, version = version + 1
                    where id = ?
                    """, status.name(), submitted ? now : null, submitted ? Boolean.FALSE : null,
                    status == AssessmentStatus.FINAL ? now : null, id);
            return this;
        }
    }

    private static BigDecimal points(String points) {
        return points == null ? null : new BigDecimal(points);
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }
}
