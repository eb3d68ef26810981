package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** The yearly rounds: opening the window, setting the thresholds, publishing the ranking. */
@Service
@Transactional
public class AssessmentYears {

    private static final String SELECT = """
            select year, opens_on, closes_on, good_from, fair_from, average_from, published_at from assessment_year
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AssessmentYears(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentYear> find(int year) {
        return jdbc.query(SELECT + " where year = ?", AssessmentYears::row, year).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public AssessmentYear get(int year) {
        return find(year).orElseThrow(() -> new NotFoundException("Assessment year", year));
    }

    /** Every round, the latest first. */
    @Transactional(readOnly = true)
    public List<AssessmentYear> all() {
        return jdbc.query(SELECT + " order by year desc", AssessmentYears::row);
    }

    /** The round officers work on today: the latest one whose window has opened. */
    @Transactional(readOnly = true)
    public Optional<AssessmentYear> current() {
        LocalDate today = LocalDate.now(clock);
        return all().stream().filter(year -> year.started(today)).findFirst();
    }

    /** Opens (or moves) the window of a year, creating the year's round the first time. */
    public void openWindow(int year, LocalDate opensOn, LocalDate closesOn, CurrentUser coordinator) {
        if (opensOn == null || closesOn == null) {
            throw new RuleViolationException(opensOn == null ? "opensOn" : "closesOn", "assessment.window.required");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new RuleViolationException("closesOn", "assessment.window.order");
        }
        jdbc.update("""
                insert into assessment_year (year, opens_on, closes_on, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (year) do update set opens_on = excluded.opens_on, closes_on = excluded.closes_on,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """, year, Date.valueOf(opensOn), Date.valueOf(closesOn), coordinator.fullName(),
                Timestamp.from(clock.instant()));
    }

    /** Sets the thresholds of the ratings: each lower than the one above, all between 0 and 100. */
    public void setThresholds(int year, Thresholds thresholds, CurrentUser coordinator) {
        BigDecimal good = thresholds.goodFrom();
        BigDecimal fair = thresholds.fairFrom();
        BigDecimal average = thresholds.averageFrom();
        if (good == null || fair == null || average == null) {
            throw new RuleViolationException(good == null ? "goodFrom" : fair == null ? "fairFrom" : "averageFrom",
                    "assessment.thresholds.required");
        }
        if (good.compareTo(BigDecimal.valueOf(100)) > 0 || average.signum() < 0) {
            throw new RuleViolationException(average.signum() < 0 ? "averageFrom" : "goodFrom",
                    "assessment.thresholds.range");
        }
        if (fair.compareTo(good) >= 0) {
            throw new RuleViolationException("fairFrom", "assessment.thresholds.order");
        }
        if (average.compareTo(fair) >= 0) {
            throw new RuleViolationException("averageFrom", "assessment.thresholds.order");
        }
        jdbc.update("""
                insert into assessment_year (year, good_from, fair_from, average_from, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (year) do update set good_from = excluded.good_from, fair_from = excluded.fair_from,
                    average_from = excluded.average_from, updated_by = excluded.updated_by,
                    updated_at = excluded.updated_at
                """, year, good, fair, average, coordinator.fullName(), Timestamp.from(clock.instant()));
    }

    /** Lets the units see their result and rank; needs the thresholds. */
    public void publish(int year, CurrentUser coordinator) {
        if (get(year).thresholds() == null) {
            throw new RuleViolationException(null, "assessment.publish.thresholds");
        }
        jdbc.update("update assessment_year set published_at = ?, updated_by = ?, updated_at = ? where year = ?",
                Timestamp.from(clock.instant()), coordinator.fullName(), Timestamp.from(clock.instant()), year);
    }

    private static AssessmentYear row(ResultSet row, int n) throws SQLException {
        BigDecimal good = row.getBigDecimal("good_from");
        Date opens = row.getDate("opens_on");
        Date closes = row.getDate("closes_on");
        Timestamp published = row.getTimestamp("published_at");
        return new AssessmentYear(row.getInt("year"), opens == null ? null : opens.toLocalDate(),
                closes == null ? null : closes.toLocalDate(),
                good == null ? null : new Thresholds(good, row.getBigDecimal("fair_from"),
                        row.getBigDecimal("average_from")),
                published == null ? null : published.toInstant());
    }
}
