package vn.chiso.shared;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

/**
 * A business rule refused a change. Carries the form field it concerns and a message key, so that a controller can
 * show the message next to that field ({@code bindingResult.rejectValue(field, messageKey, args, null)}).
 */
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;
    private final transient List<RuleViolationException> together = new ArrayList<>();

    public RuleViolationException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    /** Several violations found together, reported together (a form with many lines). */
    public static RuleViolationException all(List<RuleViolationException> violations) {
        RuleViolationException first = violations.get(0);
        first.together.addAll(violations.subList(1, violations.size()));
        return first;
    }

    /** Shows each violation next to its field, or above the form when it concerns no single field. */
    public void rejectIn(Errors errors) {
        if (field == null) {
            errors.reject(messageKey, args, null);
        } else {
            errors.rejectValue(field, messageKey, args, null);
        }
        together.forEach(other -> other.rejectIn(errors));
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
