package vn.chiso.report.history;

/**
 * One difference between a version and the one before it, as a message key and its arguments (which may themselves
 * be messages, such as a status label).
 */
public record Change(String key, Object... args) {
}
