package vn.chiso.report.work;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.report.EntryStatus;

/**
 * A task linked to indicators, with how far each of its units has come by their latest submitted report.
 *
 * @param indicatorIds the indicators the task should move
 */
public record LinkedTask(long id, long planId, String planNumber, String section, String text, LocalDate deadline,
        Set<Long> indicatorIds, List<Assignment> units) {

    /**
     * One unit on the task.
     *
     * @param status by the unit's latest submitted report of the plan; null when it never reported on the task
     */
    public record Assignment(long unitId, String unitName, AssignmentRole role, EntryStatus status, Integer percent,
            boolean overdue) {
    }
}
