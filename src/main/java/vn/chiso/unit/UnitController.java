package vn.chiso.unit;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;

/** The administrator's pages for units: list with filters, create, edit, deactivate and reactivate. */
@Controller
@RequestMapping("/admin/units")
class UnitController {

    private static final String FORM = "unit/form";

    private final UnitService units;

    UnitController(UnitService units) {
        this.units = units;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) UnitKind kind,
            @RequestParam(defaultValue = "false") boolean inactive, Model model) {
        model.addAttribute("units", units.search(q, kind, inactive));
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("inactive", inactive);
        model.addAttribute("filtered", StringUtils.hasText(q) || kind != null);
        return "unit/list";
    }

    @GetMapping("/new")
    String newUnit(Model model) {
        return form(model, UnitForm.empty(), null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            units.create(form);
        } catch (RuleViolationException violation) {
            violation.rejectIn(result);
            return form(model, form, null);
        }
        redirect.addFlashAttribute("success", "unit.created");
        redirect.addFlashAttribute("successArg", form.name());
        return "redirect:/admin/units";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        UnitView unit = units.get(id);
        return form(model, UnitForm.of(unit), unit);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        UnitView unit = units.get(id);
        if (result.hasErrors()) {
            return form(model, form, unit);
        }
        try {
            units.update(id, form);
        } catch (RuleViolationException violation) {
            violation.rejectIn(result);
            return form(model, form, unit);
        }
        redirect.addFlashAttribute("success", "unit.updated");
        redirect.addFlashAttribute("successArg", form.name());
        return "redirect:/admin/units";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        return changeActive(id, false, redirect);
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        return changeActive(id, true, redirect);
    }

    private String changeActive(long id, boolean active, RedirectAttributes redirect) {
        UnitView unit = units.get(id);
        try {
            if (active) {
                units.activate(id);
            } else {
                units.deactivate(id);
            }
            redirect.addFlashAttribute("success", active ? "unit.activated" : "unit.deactivated");
            redirect.addFlashAttribute("successArg", unit.name());
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArg", unit.name());
        }
        return "redirect:/admin/units/" + id + "/edit";
    }

    private String form(Model model, UnitForm form, UnitView unit) {
        Forms.show(model, "form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("parents", units.parentChoices(unit == null ? null : unit.id()));
        return FORM;
    }
}
