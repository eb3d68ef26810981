package vn.chiso.plan.web;

import jakarta.validation.Valid;
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
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.section.SectionForm;
import vn.chiso.plan.section.SectionService;
import vn.chiso.plan.section.SectionView;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;

/** A coordinator types a plan's headings and the paragraphs that are not tasks, as the document numbers them. */
@Controller
@RequestMapping("/plans/{planId}/sections")
class SectionController {

    private final PlanService plans;
    private final SectionService sections;

    SectionController(PlanService plans, SectionService sections) {
        this.plans = plans;
        this.sections = sections;
    }

    @GetMapping
    String page(@PathVariable long planId, Model model) {
        return page(model, plans.get(planId), null, SectionForm.empty());
    }

    @PostMapping
    String add(@PathVariable long planId, @Valid @ModelAttribute("form") SectionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PlanView plan = plans.get(planId);
        if (!result.hasErrors()) {
            try {
                sections.add(plan, form);
                redirect.addFlashAttribute("success", "section.added");
                redirect.addFlashAttribute("successArg", form.number().strip());
                return "redirect:/plans/" + planId + "/sections";
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return page(model, plan, null, form);
    }

    @GetMapping("/{sectionId}/edit")
    String edit(@PathVariable long planId, @PathVariable long sectionId, Model model) {
        SectionView section = sections.get(planId, sectionId);
        return page(model, plans.get(planId), section, SectionForm.of(section));
    }

    @PostMapping("/{sectionId}")
    String update(@PathVariable long planId, @PathVariable long sectionId,
            @Valid @ModelAttribute("form") SectionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PlanView plan = plans.get(planId);
        SectionView section = sections.get(planId, sectionId);
        if (!result.hasErrors()) {
            try {
                sections.update(plan, sectionId, form);
                redirect.addFlashAttribute("success", "section.updated");
                redirect.addFlashAttribute("successArg", form.number().strip());
                return "redirect:/plans/" + planId + "#tasks";
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            } catch (OptimisticLockingFailureException concurrent) {
                result.reject("edit.concurrent");
            }
        }
        return page(model, plan, section, form);
    }

    @PostMapping("/{sectionId}/delete")
    String delete(@PathVariable long planId, @PathVariable long sectionId, RedirectAttributes redirect) {
        SectionView section = sections.get(planId, sectionId);
        sections.delete(planId, sectionId);
        redirect.addFlashAttribute("success", "section.deleted");
        redirect.addFlashAttribute("successArg", section.number());
        return "redirect:/plans/" + planId + "/sections";
    }

    private String page(Model model, PlanView plan, SectionView section, SectionForm form) {
        Forms.show(model, "form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("section", section);
        model.addAttribute("sections", sections.of(plan.id()));
        return "plan/sections";
    }
}
