package vn.chiso.assessment;

import java.time.Instant;

/**
 * A unit sent its response to the appraisal returned to it, and Sở Nội vụ may now close the assessment. Published
 * inside the sending transaction.
 *
 * @param respondedBy the officer who sent the response, by name
 */
public record AppraisalAnswered(long assessmentId, int year, long unitId, String unitName, String respondedBy,
        Instant respondedAt) {
}
