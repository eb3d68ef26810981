package vn.chiso.assessment;

import java.time.Instant;

/**
 * A unit's assessment of a year in one line: where it stands and its points.
 *
 * @param surveyEntered whether Sở Nội vụ has entered the unit's survey points
 */
public record AssessmentSummary(long id, long unitId, String unitName, String unitShortName, String unitCode,
        AssessedKind kind, AssessmentStatus status, Boolean late, Instant submittedAt, Totals totals,
        boolean surveyEntered) {
}
