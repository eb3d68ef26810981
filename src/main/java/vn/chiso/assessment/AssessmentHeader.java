package vn.chiso.assessment;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit's assessment for a year, without its lines.
 *
 * @param late         {@code null} until submitted; then whether the first submission came after the window
 * @param surveyPoints {@code null} until Sở Nội vụ enters them
 */
public record AssessmentHeader(long id, int year, long unitId, String unitName, AssessedKind kind, long setId,
        AssessmentStatus status, Instant submittedAt, Boolean late, Instant returnedAt, String returnComment,
        Instant respondedAt, Instant finalizedAt, BigDecimal surveyPoints, String updatedBy, Instant updatedAt,
        int version) {
}
