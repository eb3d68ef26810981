package vn.chiso.plan.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;

/** A coordinator sets when a plan's units report; the reporting periods follow. */
@Controller
@RequestMapping("/plans/{planId}/rules")
class RuleController {

    private final PlanService plans;
    private final ReportingPeriods periods;

    RuleController(PlanService plans, ReportingPeriods periods) {
        this.plans = plans;
        this.periods = periods;
    }

    @GetMapping
    String page(@PathVariable long planId, Model model) {
        return page(model, plans.get(planId), RuleForm.empty());
    }

    @PostMapping
    String add(@PathVariable long planId, @Valid @ModelAttribute("form") RuleForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PlanView plan = plans.get(planId);
        if (!result.hasErrors()) {
            try {
                periods.addRule(planId, form);
                redirect.addFlashAttribute("success", "period.rule.added");
                return "redirect:/plans/" + planId + "/rules";
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return page(model, plan, form);
    }

    @PostMapping("/{ruleId}/delete")
    String delete(@PathVariable long planId, @PathVariable long ruleId, RedirectAttributes redirect) {
        try {
            periods.removeRule(planId, ruleId);
            redirect.addFlashAttribute("success", "period.rule.removed");
        } catch (RuleViolationException reported) {
            redirect.addFlashAttribute("failure", reported.messageKey());
        }
        return "redirect:/plans/" + planId + "/rules";
    }

    private String page(Model model, PlanView plan, RuleForm form) {
        Forms.show(model, "form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("kinds", RuleKind.values());
        model.addAttribute("rules", periods.rules(plan.id()));
        model.addAttribute("periods", periods.periods(plan.id()));
        return "plan/rules";
    }
}
