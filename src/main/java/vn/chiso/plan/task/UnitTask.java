package vn.chiso.plan.task;

/** A task as a unit sees it: which plan it belongs to and whether the unit leads it or coordinates on it. */
public record UnitTask(TaskView task, long planId, String planNumber, String planTitle, AssignmentRole role) {
}
