package vn.chiso.shared;

import org.springframework.ui.Model;

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
}
