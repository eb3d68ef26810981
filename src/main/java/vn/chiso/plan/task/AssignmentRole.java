package vn.chiso.plan.task;

/** A unit leads a task (chủ trì) or coordinates on it (phối hợp). */
public enum AssignmentRole {
    LEAD,
    COORDINATING
}
