package vn.chiso.report.progress;

import java.time.LocalDate;

import vn.chiso.report.EntryStatus;

/**
 * A task of a unit whose deadline has passed in Vietnam while the unit's latest submitted report does not say it is
 * done.
 *
 * @param status  by that report; {@code null} when no submitted report has an entry for it (not started)
 * @param percent by that report, as the unit gave it
 */
public record OverdueTask(long taskId, long planId, String planNumber, String section, String text,
        LocalDate deadline, long daysOverdue, EntryStatus status, Integer percent) {
}
