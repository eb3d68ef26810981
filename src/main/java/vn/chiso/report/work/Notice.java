package vn.chiso.report.work;

/**
 * Something an officer should know about: a returned report, a deadline coming or missed, with the period it is
 * about (for the button that opens its report).
 *
 * @param level the Bootstrap colour it is shown in: danger, warning or info
 */
public record Notice(String level, String messageKey, Object[] args, PeriodRow row) {
}
