package vn.chiso.assessment.round;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;

/** The rounds with how far each has come, and the rounds a unit took part in. */
@Service
@Transactional(readOnly = true)
class Rounds {

    private final JdbcTemplate jdbc;
    private final AssessmentYears years;

    Rounds(JdbcTemplate jdbc, AssessmentYears years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    /** Every round, the latest first. */
    List<RoundLine> all() {
        Map<Integer, RoundLine.Counts> counts = new HashMap<>();
        jdbc.query("""
                select year, count(*) as enrolled, count(submitted_at) as submitted,
                    count(*) filter (where status = 'FINAL') as finals
                from assessment group by year
                """, row -> {
            counts.put(row.getInt("year"), new RoundLine.Counts(row.getInt("enrolled"), row.getInt("submitted"),
                    row.getInt("finals")));
        });
        return years.all().stream()
                .map(round -> new RoundLine(round, counts.getOrDefault(round.year(), RoundLine.Counts.NONE)))
                .toList();
    }

    /** The years a unit has an assessment, the latest first, with whether the year's ranking is published. */
    List<UnitRound> ofUnit(long unitId) {
        return jdbc.query("""
                select a.year, a.status, y.published_at is not null as published
                from assessment a join assessment_year y on y.year = a.year
                where a.unit_id = ? order by a.year desc
                """, (row, n) -> new UnitRound(row.getInt("year"), AssessmentStatus.valueOf(row.getString("status")),
                row.getBoolean("published")), unitId);
    }

    /** A round and how many units take part, have submitted at least once and are appraised for good. */
    record RoundLine(AssessmentYear round, Counts counts) {

        record Counts(int enrolled, int submitted, int finals) {
            static final Counts NONE = new Counts(0, 0, 0);
        }
    }

    /** A year of a unit's assessment; its result and rank are the unit's to read once final and published. */
    record UnitRound(int year, AssessmentStatus status, boolean published) {

        public boolean resultPublished() {
            return published && status == AssessmentStatus.FINAL;
        }
    }
}
