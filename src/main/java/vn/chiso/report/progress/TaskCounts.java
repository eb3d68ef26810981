package vn.chiso.report.progress;

/**
 * Assignments (a task given to a unit, as lead or coordinating) by how far they have come, and how many are past their
 * deadline without being done.
 */
public record TaskCounts(int assigned, int done, int inProgress, int overdue) {

    public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0);

    /** Everything no submitted report says is done or under way, as a report reads an entry not yet written. */
    public int notStarted() {
        return assigned - done - inProgress;
    }

    public TaskCounts plus(TaskCounts other) {
        return new TaskCounts(assigned + other.assigned, done + other.done, inProgress + other.inProgress,
                overdue + other.overdue);
    }
}
