package vn.chiso.index.web;

import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndexForm;
import vn.chiso.index.IndicatorForm;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.Measure;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/** A coordinator keeps an index's catalogue: its settings and groups, and its indicators. */
@Controller
@RequestMapping("/indices/{code}/catalogue")
class CatalogueController {

    private final IndexCatalogue catalogue;
    private final UnitService units;

    CatalogueController(IndexCatalogue catalogue, UnitService units) {
        this.catalogue = catalogue;
        this.units = units;
    }

    @GetMapping
    String list(@PathVariable String code, Model model) {
        Catalogue index = catalogue.catalogue(code);
        model.addAttribute("index", index.index());
        model.addAttribute("indicators", index.indicators());
        model.addAttribute("unitNames", units.tree().stream().collect(Collectors.toMap(UnitView::id, UnitView::name)));
        return "index/catalogue";
    }

    @GetMapping("/settings")
    String settings(@PathVariable String code, Model model) {
        return settingsForm(code, IndexForm.of(catalogue.index(code)), model);
    }

    @PostMapping("/settings")
    String saveSettings(@PathVariable String code, @Valid @ModelAttribute("form") IndexForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                catalogue.updateIndex(code, form);
                return done(code, redirect, "index.saved", catalogue.index(code).code());
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return settingsForm(code, form, model);
    }

    @GetMapping("/new")
    String newIndicator(@PathVariable String code, @RequestParam long parentId, Model model) {
        Catalogue index = catalogue.catalogue(code);
        IndicatorView parent = index.indicators().stream().filter(indicator -> indicator.id() == parentId)
                .findFirst().orElseThrow(() -> new NotFoundException("Indicator", parentId));
        int position = (int) index.indicators().stream().filter(i -> Long.valueOf(parentId).equals(i.parentId())).count() + 1;
        return indicatorForm(index, null, IndicatorForm.childOf(parent, position), model);
    }

    @PostMapping
    String add(@PathVariable String code, @Valid @ModelAttribute("form") IndicatorForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                catalogue.addIndicator(code, form);
                return done(code, redirect, "indicator.created", form.code());
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return indicatorForm(catalogue.catalogue(code), null, form, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable String code, @PathVariable long id, Model model) {
        Catalogue index = catalogue.catalogue(code);
        IndicatorView indicator = find(index, id);
        return indicatorForm(index, indicator, IndicatorForm.of(indicator), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable String code, @PathVariable long id, @Valid @ModelAttribute("form") IndicatorForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Catalogue index = catalogue.catalogue(code);
        IndicatorView indicator = find(index, id);
        if (!result.hasErrors()) {
            try {
                catalogue.updateIndicator(code, id, form);
                return done(code, redirect, "indicator.updated", indicator.code());
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return indicatorForm(index, indicator, form, model);
    }

    @PostMapping("/{id}/retire")
    String retire(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        return change(code, id, redirect, "indicator.retired.done", () -> catalogue.retire(code, id));
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        return change(code, id, redirect, "indicator.reactivated", () -> catalogue.reactivate(code, id));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
        return change(code, id, redirect, "indicator.deleted", () -> catalogue.delete(code, id));
    }

    private String change(String code, long id, RedirectAttributes redirect, String message, Runnable action) {
        IndicatorView indicator = find(catalogue.catalogue(code), id);
        try {
            action.run();
            return done(code, redirect, message, indicator.code());
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
            redirect.addFlashAttribute("failureArg", indicator.code());
            return "redirect:/indices/" + catalogue.index(code).code() + "/catalogue";
        }
    }

    private String settingsForm(String code, IndexForm form, Model model) {
        model.addAttribute("index", catalogue.index(code));
        Forms.show(model, "form", form);
        model.addAttribute("measures", Measure.values());
        return "index/settings";
    }

    private String indicatorForm(Catalogue index, IndicatorView indicator, IndicatorForm form, Model model) {
        model.addAttribute("index", index.index());
        model.addAttribute("indicator", indicator);
        model.addAttribute("parents", index.active());
        Forms.show(model, "form", form);
        model.addAttribute("units", units.activeTree());
        return "index/indicator-form";
    }

    private String done(String code, RedirectAttributes redirect, String message, String arg) {
        redirect.addFlashAttribute("success", message);
        redirect.addFlashAttribute("successArg", arg);
        return "redirect:/indices/" + catalogue.index(code).code() + "/catalogue";
    }

    private static IndicatorView find(Catalogue index, long id) {
        return index.indicators().stream().filter(indicator -> indicator.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator", id));
    }
}
