package vn.chiso.assessment.round;

import java.math.BigDecimal;

import org.springframework.context.i18n.LocaleContextHolder;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.Thresholds;
import vn.chiso.shared.DateFormatter;
import vn.chiso.shared.DecimalFormatter;

/**
 * A round's window (dd/MM/yyyy) and rating thresholds (percent, comma or point) as typed: text until saved, so that
 * a mistyped value comes back as typed with its message.
 */
public record SettingsForm(String opensOn, String closesOn, String goodFrom, String fairFrom, String averageFrom) {

    static SettingsForm of(AssessmentYear round) {
        if (round == null) {
            return new SettingsForm("", "", "", "", "");
        }
        DateFormatter dates = new DateFormatter();
        Thresholds thresholds = round.thresholds();
        return new SettingsForm(round.opensOn() == null ? "" : dates.print(round.opensOn(), null),
                round.closesOn() == null ? "" : dates.print(round.closesOn(), null),
                thresholds == null ? "" : decimal(thresholds.goodFrom()),
                thresholds == null ? "" : decimal(thresholds.fairFrom()),
                thresholds == null ? "" : decimal(thresholds.averageFrom()));
    }

    private static String decimal(BigDecimal value) {
        return new DecimalFormatter().print(value, LocaleContextHolder.getLocale());
    }
}
