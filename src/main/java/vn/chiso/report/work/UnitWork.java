package vn.chiso.report.work;

import java.util.List;

/**
 * What a unit has to do: its next deadline, the notices for it, and every period it owes a report in (latest first).
 */
public record UnitWork(PeriodRow next, List<Notice> notices, List<PeriodRow> periods) {
}
