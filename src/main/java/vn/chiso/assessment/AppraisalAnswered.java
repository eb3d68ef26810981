package vn.chiso.assessment;

import java.time.Instant;

/**
 * A unit sent its response to the appraisal returned to it, and Sở Nội vụ may now close the assessment. Published
 * inside the sending transaction.
 */
public record AppraisalAnswered(long assessmentId, int year, long unitId, String unitName, Instant respondedAt) {
}
