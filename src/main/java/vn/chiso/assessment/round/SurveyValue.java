package vn.chiso.assessment.round;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import vn.chiso.shared.Decimals;

/**
 * Survey points as typed on the page or read from a file, checked against the unit's line: a number with at most two
 * decimals, from 0 to the set's survey points, and no change to a final assessment.
 *
 * @param points  the value read ({@code null} for a blank)
 * @param problem the message key of what is wrong, {@code null} when the value is accepted
 */
record SurveyValue(BigDecimal points, String problem, Object[] args) {

    static SurveyValue check(String text, SurveyLine line) {
        if (text == null || text.isBlank()) {
            return line.locked() && changed(null, line) ? refused("assessment.survey.final") : accepted(null);
        }
        Optional<BigDecimal> parsed = Decimals.parse(text);
        if (parsed.isEmpty()) {
            return refused("assessment.survey.notNumber", text.strip());
        }
        BigDecimal points = parsed.get();
        if (points.stripTrailingZeros().scale() > 2) {
            return refused("assessment.survey.decimals");
        }
        if (points.signum() < 0 || points.compareTo(line.max()) > 0) {
            return refused("assessment.survey.range", line.max());
        }
        if (line.locked() && changed(points, line)) {
            return refused("assessment.survey.final");
        }
        return accepted(points);
    }

    boolean accepted() {
        return problem == null;
    }

    /** Whether the value differs from what is stored (2 and 2,00 are the same). */
    static boolean changed(BigDecimal points, SurveyLine line) {
        if (points == null || line.points() == null) {
            return !Objects.equals(points, line.points());
        }
        return points.compareTo(line.points()) != 0;
    }

    private static SurveyValue accepted(BigDecimal points) {
        return new SurveyValue(points, null, new Object[0]);
    }

    private static SurveyValue refused(String problem, Object... args) {
        return new SurveyValue(null, problem, args);
    }
}
