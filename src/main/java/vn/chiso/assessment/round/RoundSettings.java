package vn.chiso.assessment.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Thresholds;
import vn.chiso.shared.DateFormatter;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * Saving a round's window and thresholds together: first every value that cannot be read, else every rule the window
 * and the thresholds break; nothing is saved while a problem remains. The first save creates the year's round.
 */
@Service
@Transactional
class RoundSettings {

    private final AssessmentYears years;

    RoundSettings(AssessmentYears years) {
        this.years = years;
    }

    void save(int year, SettingsForm form, CurrentUser coordinator) {
        List<RuleViolationException> problems = new ArrayList<>();
        LocalDate opensOn = date(form.opensOn(), "opensOn", problems);
        LocalDate closesOn = date(form.closesOn(), "closesOn", problems);
        BigDecimal good = percent(form.goodFrom(), "goodFrom", problems);
        BigDecimal fair = percent(form.fairFrom(), "fairFrom", problems);
        BigDecimal average = percent(form.averageFrom(), "averageFrom", problems);
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        // thresholds may come later; once set they can be changed but not emptied
        boolean stillUnset = good == null && fair == null && average == null
                && years.find(year).map(round -> round.thresholds() == null).orElse(true);
        attempt(() -> years.openWindow(year, opensOn, closesOn, coordinator), problems);
        if (!stillUnset) {
            attempt(() -> years.setThresholds(year, new Thresholds(good, fair, average), coordinator), problems);
        }
        if (!problems.isEmpty()) {
            // the window saved before the thresholds were refused is rolled back with this exception
            throw RuleViolationException.all(problems);
        }
    }

    private static void attempt(Runnable change, List<RuleViolationException> problems) {
        try {
            change.run();
        } catch (RuleViolationException violation) {
            problems.add(violation);
        }
    }

    private static LocalDate date(String text, String field, List<RuleViolationException> problems) {
        try {
            return text == null ? null : new DateFormatter().parse(text, null);
        } catch (DateTimeParseException e) {
            problems.add(new RuleViolationException(field, "assessment.date.invalid"));
            return null;
        }
    }

    private static BigDecimal percent(String text, String field, List<RuleViolationException> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = Decimals.parse(text).orElse(null);
        if (value == null) {
            problems.add(new RuleViolationException(field, "assessment.thresholds.notNumber"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new RuleViolationException(field, "assessment.thresholds.decimals"));
            return null;
        }
        return value;
    }
}
