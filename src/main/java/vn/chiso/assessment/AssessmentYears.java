package vn.chiso.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** The yearly rounds: opening the window, setting the thresholds, publishing the ranking. */
@Service
@Transactional
public class AssessmentYears {

    private final AssessmentYearRepository rounds;
    private final Clock clock;

    AssessmentYears(AssessmentYearRepository rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<AssessmentYear> find(int year) {
        return rounds.find(year);
    }

    @Transactional(readOnly = true)
    public AssessmentYear get(int year) {
        return find(year).orElseThrow(() -> new NotFoundException("Assessment year", year));
    }

    /** Every round, the latest first. */
    @Transactional(readOnly = true)
    public List<AssessmentYear> all() {
        return rounds.all();
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
        rounds.saveWindow(year, opensOn, closesOn, coordinator.fullName(), clock.instant());
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
        rounds.saveThresholds(year, thresholds, coordinator.fullName(), clock.instant());
    }

    /** Lets the units see their result and rank; needs the thresholds. */
    public void publish(int year, CurrentUser coordinator) {
        if (get(year).thresholds() == null) {
            throw new RuleViolationException(null, "assessment.publish.thresholds");
        }
        rounds.published(year, coordinator.fullName(), clock.instant());
    }
}
