package vn.chiso.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The yearly round of assessment: the window in which units score themselves (a submission after it is late), the
 * rating thresholds and when the ranking was published to the units.
 *
 * @param opensOn    first day of the window; {@code null} while it has not been opened
 * @param thresholds {@code null} while the province has not set them for the year
 */
public record AssessmentYear(int year, LocalDate opensOn, LocalDate closesOn, Thresholds thresholds,
        Instant publishedAt) {

    /** The days a unit has at least to answer an appraisal returned to it. */
    public static final int RESPONSE_DAYS = 7;

    /** The window is open to self-assessment from its first day on; after its last day submissions are late. */
    public boolean started(LocalDate today) {
        return opensOn != null && !today.isBefore(opensOn);
    }

    public boolean isLate(Instant at, ZoneId zone) {
        return closesOn != null && at.atZone(zone).toLocalDate().isAfter(closesOn);
    }

    /**
     * The last day a unit has to answer an appraisal returned to it: the last day of the window, or {@value
     * #RESPONSE_DAYS} days after the return when that is later. After it, Sở Nội vụ may close the assessment without
     * waiting for the answer.
     */
    public LocalDate responseDue(Instant returnedAt, ZoneId zone) {
        LocalDate afterReturn = returnedAt.atZone(zone).toLocalDate().plusDays(RESPONSE_DAYS);
        return closesOn == null || afterReturn.isAfter(closesOn) ? afterReturn : closesOn;
    }

    public boolean published() {
        return publishedAt != null;
    }
}
