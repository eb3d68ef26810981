package vn.chiso.report.evidence;

/** Why an uploaded file was refused, for the input it came from (a task of a report, a criterion of an assessment). */
public record FileProblem(long slot, String fileName, String messageKey, Object... args) {
}
