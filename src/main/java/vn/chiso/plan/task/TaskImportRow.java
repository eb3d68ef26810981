package vn.chiso.plan.task;

/** A line of a task file ready to be saved, with what the preview shows of it. */
public record TaskImportRow(int line, TaskForm form, String leads, String coordinating) {
}
