package vn.chiso.system;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * How every request is bound, for every controller: texts with control characters are refused ({@link PrintableText})
 * — beside their field on a form ({@value #CONTROL_CHARACTERS}), shown again without them; a 400 for a request
 * parameter — and forms, records, are built through their constructors only: binding their properties afterwards has
 * nothing to set and fails (a 500) on a list posted with a gap such as {@code lines[0]} and {@code lines[5]}.
 */
@ControllerAdvice
class FormBinding {

    static final String CONTROL_CHARACTERS = "text.controlCharacters";

    @InitBinder
    void bind(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PrintableText());
        binder.setBindingErrorProcessor(new ControlCharacterErrors());
        Class<?> type = binder.getTargetType() == null ? null : binder.getTargetType().resolve();
        if (type != null && type.isRecord()) {
            binder.setDeclarativeBinding(true);
        }
    }

    /** A refused text as a field error of its own, with the text as it reads without its control characters. */
    private static final class ControlCharacterErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException failure, BindingResult result) {
            if (!(failure.getCause() instanceof PrintableText.Refused refused)) {
                super.processPropertyAccessException(failure, result);
                return;
            }
            String field = failure.getPropertyName();
            result.addError(new FieldError(result.getObjectName(), field, refused.printable(), true,
                    result.resolveMessageCodes(CONTROL_CHARACTERS, field), null, null));
        }
    }
}
