package vn.chiso.notification;

import java.time.Instant;

/** A notice as its recipient reads it; {@link #arguments()} fill the sentence of its kind. */
public record Notice(long id, NoticeKind kind, String unitName, String planNumber, String periodLabel, Integer year,
        boolean late, boolean resubmitted, Instant createdAt) {

    public Object[] arguments() {
        return new Object[] {unitName, planNumber, periodLabel, year};
    }
}
