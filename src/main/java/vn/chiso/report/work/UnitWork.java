package vn.chiso.report.work;

import java.util.List;
import java.util.Map;

/**
 * What a unit has to do: its next deadline, the notices for it, and every period it owes a report in, split as its
 * report page lists them.
 *
 * @param open   what calls for the unit's report: periods overdue without one and reports returned to it (oldest
 *               deadline first), then each plan's next period (soonest first)
 * @param past   periods whose report was sent and is not returned, latest first
 * @param future the periods after each plan's next one, soonest first
 * @param toAct  by plan, the period whose report the unit works on now: the plan's next one, or else its latest open
 *               one; where the unit reports on a task of the plan
 */
public record UnitWork(PeriodRow next, List<Notice> notices, List<PeriodRow> open, List<PeriodRow> past,
        List<PeriodRow> future, Map<Long, PeriodRow> toAct) {

    public boolean isEmpty() {
        return open.isEmpty() && past.isEmpty() && future.isEmpty();
    }
}
