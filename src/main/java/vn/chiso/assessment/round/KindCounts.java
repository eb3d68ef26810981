package vn.chiso.assessment.round;

import java.util.List;

import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentSummary;

/**
 * How far the units of a kind (or all units, {@code kind} {@code null}) have come in a round.
 *
 * @param submitted submitted and waiting for the appraisal (not yet returned)
 * @param late      submitted after the window, whatever has happened since
 */
record KindCounts(AssessedKind kind, int enrolled, int draft, int submitted, int returned, int responded, int finals,
        int late, int surveyEntered) {

    static KindCounts of(AssessedKind kind, List<AssessmentSummary> assessments) {
        return new KindCounts(kind, assessments.size(), count(assessments, AssessmentStatus.DRAFT),
                count(assessments, AssessmentStatus.SUBMITTED), count(assessments, AssessmentStatus.RETURNED),
                count(assessments, AssessmentStatus.RESPONDED), count(assessments, AssessmentStatus.FINAL),
                (int) assessments.stream().filter(a -> Boolean.TRUE.equals(a.late())).count(),
                (int) assessments.stream().filter(AssessmentSummary::surveyEntered).count());
    }

    /** Waiting for the appraisal: submitted, or responded after being returned. */
    public int waiting() {
        return submitted + responded;
    }

    /** Have submitted their self-assessment at least once. */
    public int everSubmitted() {
        return enrolled - draft;
    }

    private static int count(List<AssessmentSummary> assessments, AssessmentStatus status) {
        return (int) assessments.stream().filter(a -> a.status() == status).count();
    }
}
