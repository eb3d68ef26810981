package vn.chiso.plan.web;

import java.util.List;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetForm;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.target.TargetSpec;
import vn.chiso.shared.DecimalFormatter;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;

/** A coordinator adds, changes and removes a plan's targets. */
@Controller
@RequestMapping("/plans/{planId}/targets")
class TargetController {

    private static final DecimalFormatter DECIMALS = new DecimalFormatter();

    private final PlanService plans;
    private final TargetService targets;
    private final IndexCatalogue catalogue;

    TargetController(PlanService plans, TargetService targets, IndexCatalogue catalogue) {
        this.plans = plans;
        this.targets = targets;
        this.catalogue = catalogue;
    }

    @GetMapping("/new")
    String newTarget(@PathVariable long planId, Model model) {
        PlanView plan = plans.get(planId);
        return form(model, plan, null, TargetForm.empty(plan.firstYear()));
    }

    @PostMapping
    String create(@PathVariable long planId, @Valid @ModelAttribute("form") TargetForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PlanView plan = plans.get(planId);
        if (!result.hasErrors()) {
            try {
                targets.add(plan, form);
                return done(redirect, planId, "target.created");
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return form(model, plan, null, form);
    }

    @GetMapping("/{targetId}/edit")
    String edit(@PathVariable long planId, @PathVariable long targetId, Model model) {
        PlanView plan = plans.get(planId);
        TargetSpec target = targets.get(planId, targetId);
        String value = target.kind().groupValue() ? ""
                : DECIMALS.print(target.value(), LocaleContextHolder.getLocale());
        TargetForm form = new TargetForm(target.indicatorId(), target.kind(), value,
                target.kind().groupValue() ? target.value().intValue() : null, target.childCount(), target.firstYear(),
                target.isRange() ? target.lastYear() : null, target.wording(), target.version());
        return form(model, plan, target, form);
    }

    @PostMapping("/{targetId}")
    String update(@PathVariable long planId, @PathVariable long targetId,
            @Valid @ModelAttribute("form") TargetForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PlanView plan = plans.get(planId);
        TargetSpec target = targets.get(planId, targetId);
        if (!result.hasErrors()) {
            try {
                targets.update(plan, targetId, form);
                return done(redirect, planId, "target.updated");
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            } catch (OptimisticLockingFailureException concurrent) {
                result.reject("edit.concurrent");
            }
        }
        return form(model, plan, target, form);
    }

    @PostMapping("/{targetId}/delete")
    String delete(@PathVariable long planId, @PathVariable long targetId, RedirectAttributes redirect) {
        targets.delete(planId, targetId);
        return done(redirect, planId, "target.deleted");
    }

    private String form(Model model, PlanView plan, TargetSpec target, TargetForm form) {
        List<Catalogue> indices = catalogue.catalogues(plan.indexCodes());
        Forms.show(model, "form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("target", target);
        model.addAttribute("indices", indices);
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("groups", indices.isEmpty() ? List.of() : indices.get(0).index().groups());
        return "plan/target-form";
    }

    private static String done(RedirectAttributes redirect, long planId, String message) {
        redirect.addFlashAttribute("success", message);
        return "redirect:/plans/" + planId + "#targets";
    }
}
