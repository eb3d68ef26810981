package vn.chiso.assessment.round;

/** Why one line of a survey points file was refused; {@code line} is the line (or row) number in the file. */
public record SurveyImportProblem(int line, String messageKey, Object[] args) {
}
