package vn.chiso.home;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.chiso.assessment.CurrentAssessment;
import vn.chiso.report.progress.OverdueTask;
import vn.chiso.report.work.Notice;
import vn.chiso.report.work.PeriodRow;
import vn.chiso.report.work.UnitWork;

/**
 * Everything an officer's unit owes, in the order of the home page: overdue tasks by plan (the plan with the oldest
 * deadline first), the reports missed, due and returned, the appraisal returned to the unit, its self-assessment.
 *
 * @param overdueTasks by plan number
 * @param assessment   the unit's assessment of the current round when it still has to send it; else {@code null}
 */
record OfficerToDo(Map<String, List<OverdueTask>> overdueTasks, List<Notice> reports, CurrentAssessment assessment,
        Map<Long, PeriodRow> toAct) {

    static OfficerToDo of(List<OverdueTask> overdue, UnitWork work, CurrentAssessment assessment) {
        Map<String, List<OverdueTask>> byPlan = overdue.stream().collect(Collectors.groupingBy(OverdueTask::planNumber,
                LinkedHashMap::new, Collectors.toList()));
        return new OfficerToDo(byPlan, work.notices(), assessment != null && assessment.owed() ? assessment : null,
                work.toAct());
    }

    /** The report in which the unit tells how far it has come with a plan's tasks; {@code null} when none is open. */
    public PeriodRow reportOf(long planId) {
        return toAct.get(planId);
    }

    public int size() {
        return overdueTasks.size() + reports.size() + (assessment == null ? 0 : 1);
    }

    public boolean isEmpty() {
        return size() == 0;
    }
}
