package vn.chiso.plan.period;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A reporting period of a plan: what it is called and its deadline day. The deadline day counts in full, in the
 * province's time zone: a report is on time until 23:59:59 of that day.
 */
public record ReportingPeriodView(long id, long planId, String label, LocalDate deadline, Integer coveredYear) {

    /** The first moment that is late. */
    public Instant lateFrom(ZoneId zone) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean isLate(Instant submittedAt, ZoneId zone) {
        return !submittedAt.isBefore(lateFrom(zone));
    }
}
