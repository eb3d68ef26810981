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

    /** The window is open to self-assessment from its first day on; after its last day submissions are late. */
    public boolean started(LocalDate today) {
        return opensOn != null && !today.isBefore(opensOn);
    }

    public boolean isLate(Instant at, ZoneId zone) {
        return closesOn != null && at.atZone(zone).toLocalDate().isAfter(closesOn);
    }

    public boolean published() {
        return publishedAt != null;
    }
}
