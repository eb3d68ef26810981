package vn.chiso.assessment;

import java.time.Instant;

/**
 * Sở Nội vụ returned its appraisal of an assessment to the unit for a response (once per assessment). Published
 * inside the returning transaction.
 */
public record AppraisalReturned(long assessmentId, int year, long unitId, String unitName, String comment,
        String returnedBy, Instant returnedAt) {
}
