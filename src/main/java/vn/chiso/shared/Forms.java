package vn.chiso.shared;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Putting forms into the model for their page. */
public final class Forms {

    private Forms() {
    }

    /**
     * Puts a form into the model unless binding already put it there. Replacing a bound form would drop its
     * BindingResult, and with it the errors and what the user typed: after a conversion error ("abc" for a number)
     * the bound object is not even the instance the controller received.
     */
    public static void show(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /**
     * The message of each refused field of a binding, by field, in the user's language: what an automatic save
     * answers its script, so that it can say which field was refused and why.
     */
    public static Map<String, String> fieldMessages(BindingResult result, MessageSource messages) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (FieldError error : result.getFieldErrors()) {
            fields.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        return fields;
    }
}
