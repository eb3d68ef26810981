package vn.chiso.assessment.round;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import vn.chiso.shared.DecimalFormatter;

/**
 * The survey points of every enrolled unit as typed: text until saved, so that a mistyped value comes back as typed
 * with its message.
 */
public record SurveyForm(List<Entry> lines) {

    public SurveyForm {
        lines = lines == null ? new ArrayList<>() : lines;
    }

    static SurveyForm of(List<SurveyLine> lines) {
        DecimalFormatter decimals = new DecimalFormatter();
        return new SurveyForm(new ArrayList<>(lines.stream().map(line -> new Entry(line.assessmentId(),
                line.points() == null ? "" : decimals.print(line.points(), LocaleContextHolder.getLocale())))
                .toList()));
    }

    /** One unit's points; a final assessment's input is disabled and not sent. */
    public record Entry(Long assessmentId, String points) {
    }
}
