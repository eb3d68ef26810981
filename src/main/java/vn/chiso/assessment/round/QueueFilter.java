package vn.chiso.assessment.round;

import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentSummary;

/**
 * The filter of the appraisal queue from the query string: a kind of unit and a status, or {@code WAITING} for the
 * assessments waiting for the appraisal. A value that is none of these shows everything.
 */
record QueueFilter(AssessedKind kind, String status) {

    static final String WAITING = "WAITING";

    static QueueFilter of(String kind, String status) {
        return new QueueFilter(parse(AssessedKind.class, kind),
                WAITING.equals(status) || parse(AssessmentStatus.class, status) != null ? status : null);
    }

    boolean accepts(AssessmentSummary assessment) {
        return (kind == null || assessment.kind() == kind) && (status == null
                || (status.equals(WAITING) ? assessment.status().appraisable()
                : assessment.status().name().equals(status)));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String text) {
        if (text == null) {
            return null;
        }
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(text)) {
                return value;
            }
        }
        return null;
    }
}
