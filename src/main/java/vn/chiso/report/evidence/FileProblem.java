package vn.chiso.report.evidence;

/** Why an uploaded file was refused, for the task it was meant for. */
public record FileProblem(long taskId, String fileName, String messageKey, Object... args) {
}
