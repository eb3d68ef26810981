package vn.chiso.report;

import java.util.List;

import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.plan.task.TaskView;

/** What a unit reports on one task assigned to it (a task it has not written about yet reads as not started). */
public record EntryView(TaskView task, AssignmentRole role, EntryStatus status, String done, Integer percent,
        String explanation, List<EvidenceView> evidence) {

    /** "Hoàn thành" without what was done or without evidence needs an explanation (no evidence, no points). */
    public boolean needsExplanation() {
        return status == EntryStatus.DONE && (done == null || done.isBlank() || evidence.isEmpty());
    }
}
