package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The yearly rounds ({@code assessment_year}): the window, the thresholds, when the ranking was published. */
@Repository
class AssessmentYearRepository {

    private static final String SELECT = """
            select year, opens_on, closes_on, good_from, fair_from, average_from, published_at from assessment_year
            """;

    private final JdbcClient jdbc;

    AssessmentYearRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AssessmentYear> find(int year) {
        return jdbc.sql(SELECT + " where year = :year").param("year", year).query(YearRow.class).optional()
                .map(YearRow::round);
    }

    /** The latest first. */
    List<AssessmentYear> all() {
        return jdbc.sql(SELECT + " order by year desc").query(YearRow.class).stream().map(YearRow::round).toList();
    }

    /** Creates the year's round the first time. */
    void saveWindow(int year, LocalDate opensOn, LocalDate closesOn, String by, Instant at) {
        jdbc.sql("""
                insert into assessment_year (year, opens_on, closes_on, updated_by, updated_at)
                values (:year, :opens, :closes, :by, :at)
                on conflict (year) do update set opens_on = excluded.opens_on, closes_on = excluded.closes_on,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """).param("year", year).param("opens", opensOn).param("closes", closesOn).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    void saveThresholds(int year, Thresholds thresholds, String by, Instant at) {
        jdbc.sql("""
                insert into assessment_year (year, good_from, fair_from, average_from, updated_by, updated_at)
                values (:year, :good, :fair, :average, :by, :at)
                on conflict (year) do update set good_from = excluded.good_from, fair_from = excluded.fair_from,
                    average_from = excluded.average_from, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                """).param("year", year).param("good", thresholds.goodFrom()).param("fair", thresholds.fairFrom())
                .param("average", thresholds.averageFrom()).param("by", by).param("at", Timestamp.from(at)).update();
    }

    void published(int year, String by, Instant at) {
        jdbc.sql("""
                update assessment_year set published_at = :at, updated_by = :by, updated_at = :at where year = :year
                """).param("at", Timestamp.from(at)).param("by", by).param("year", year).update();
    }

    private record YearRow(int year, LocalDate opensOn, LocalDate closesOn, BigDecimal goodFrom, BigDecimal fairFrom,
            BigDecimal averageFrom, Instant publishedAt) {

        AssessmentYear round() {
            return new AssessmentYear(year, opensOn, closesOn,
                    goodFrom == null ? null : new Thresholds(goodFrom, fairFrom, averageFrom), publishedAt);
        }
    }
}
