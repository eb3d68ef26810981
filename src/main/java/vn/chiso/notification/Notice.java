package vn.chiso.notification;

import java.time.Instant;

/** A notice as its recipient reads it; {@link #arguments()} fill the sentence of its kind. */
public record Notice(long id, NoticeKind kind, String unitName, String planNumber, String periodLabel, Integer year,
        String indexCode, boolean late, boolean resubmitted, Instant createdAt) {

    public Object[] arguments() {
        return arguments(unitName, planNumber, periodLabel, year, indexCode);
    }

    /** The arguments of every kind's sentence, in this order (its messages print the year with {@code number,#}). */
    static Object[] arguments(String unitName, String planNumber, String periodLabel, Integer year,
            String indexCode) {
        return new Object[] {unitName, planNumber, periodLabel, year, indexCode};
    }
}
