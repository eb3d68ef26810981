package vn.chiso.plan.web;

import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.plan.task.TaskGroup;
import vn.chiso.plan.task.TaskView;

/** An officer's unit on a plan's page: the tasks it leads or coordinates on are marked as theirs. */
record OwnTasks(long unitId) {

    /** Whether the unit leads a task of the group, else coordinates on one; {@code null} when neither. */
    public AssignmentRole roleIn(TaskGroup group) {
        if (group.tasks().stream().anyMatch(this::leads)) {
            return AssignmentRole.LEAD;
        }
        boolean coordinates = group.tasks().stream()
                .anyMatch(task -> task.coordinating().stream().anyMatch(unit -> unit.id() == unitId));
        return coordinates ? AssignmentRole.COORDINATING : null;
    }

    private boolean leads(TaskView task) {
        return task.lead() != null && task.lead().id() == unitId;
    }
}
