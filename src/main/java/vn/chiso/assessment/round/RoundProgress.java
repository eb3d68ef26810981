package vn.chiso.assessment.round;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentSummary;
import vn.chiso.assessment.AssessmentYear;

/**
 * A round's progress: the counts of each kind of unit and of all, and the appraisal queue, filtered, with what waits
 * for the appraisal first (the oldest submission first), then what is with the units, then what is final.
 *
 * @param kinds only the kinds that have enrolled units
 */
record RoundProgress(AssessmentYear round, List<KindCounts> kinds, KindCounts total,
        List<AssessmentSummary> queue) {

    static final Comparator<AssessmentSummary> QUEUE_ORDER = Comparator
            .comparingInt((AssessmentSummary a) -> place(a.status()))
            .thenComparing(AssessmentSummary::submittedAt, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparing(AssessmentSummary::unitName)
            .thenComparingLong(AssessmentSummary::unitId);

    static RoundProgress of(AssessmentYear round, List<AssessmentSummary> all, QueueFilter filter) {
        List<KindCounts> kinds = Arrays.stream(AssessedKind.values())
                .map(kind -> KindCounts.of(kind, all.stream().filter(a -> a.kind() == kind).toList()))
                .filter(counts -> counts.enrolled() > 0)
                .toList();
        return new RoundProgress(round, kinds, KindCounts.of(null, all),
                all.stream().filter(filter::accepts).sorted(QUEUE_ORDER).toList());
    }

    private static int place(AssessmentStatus status) {
        return switch (status) {
            case SUBMITTED, RESPONDED -> 0;
            case RETURNED -> 1;
            case DRAFT -> 2;
            case FINAL -> 3;
        };
    }
}
