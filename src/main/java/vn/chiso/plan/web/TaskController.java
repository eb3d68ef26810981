package vn.chiso.plan.web;

import java.util.List;

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
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;

/** A coordinator adds, changes and removes a plan's tasks and their assignments. */
@Controller
@RequestMapping("/plans/{planId}/tasks")
class TaskController {

    private final PlanService plans;
    private final TaskService tasks;
    private final UnitService units;
    private final IndexCatalogue catalogue;

    TaskController(PlanService plans, TaskService tasks, UnitService units, IndexCatalogue catalogue) {
        this.plans = plans;
        this.tasks = tasks;
        this.units = units;
        this.catalogue = catalogue;
    }

    @GetMapping("/new")
    String newTask(@PathVariable long planId, Model model) {
        return form(model, plans.get(planId), null, TaskForm.empty());
    }

    @PostMapping
    String create(@PathVariable long planId, @Valid @ModelAttribute("form") TaskForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PlanView plan = plans.get(planId);
        if (!result.hasErrors()) {
            try {
                int added = tasks.add(plan, form);
                redirect.addFlashAttribute("success", "task.created");
                redirect.addFlashAttribute("successArg", added);
                return "redirect:/plans/" + planId + "#tasks";
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return form(model, plan, null, form);
    }

    @GetMapping("/{taskId}/edit")
    String edit(@PathVariable long planId, @PathVariable long taskId, Model model) {
        TaskView task = tasks.get(planId, taskId);
        return form(model, plans.get(planId), task, TaskForm.of(task));
    }

    @PostMapping("/{taskId}")
    String update(@PathVariable long planId, @PathVariable long taskId, @Valid @ModelAttribute("form") TaskForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PlanView plan = plans.get(planId);
        TaskView task = tasks.get(planId, taskId);
        if (!result.hasErrors()) {
            try {
                tasks.update(plan, taskId, form);
                redirect.addFlashAttribute("success", "task.updated");
                redirect.addFlashAttribute("successArg", form.section());
                return "redirect:/plans/" + planId + "#tasks";
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            } catch (OptimisticLockingFailureException concurrent) {
                result.reject("edit.concurrent");
            }
        }
        return form(model, plan, task, form);
    }

    @PostMapping("/{taskId}/delete")
    String delete(@PathVariable long planId, @PathVariable long taskId, RedirectAttributes redirect) {
        TaskView task = tasks.get(planId, taskId);
        try {
            tasks.delete(planId, taskId);
            redirect.addFlashAttribute("success", "task.deleted");
            redirect.addFlashAttribute("successArg", task.section());
        } catch (RuleViolationException reported) {
            redirect.addFlashAttribute("failure", reported.messageKey());
            redirect.addFlashAttribute("failureArg", task.section());
        }
        return "redirect:/plans/" + planId + "#tasks";
    }

    private String form(Model model, PlanView plan, TaskView task, TaskForm form) {
        List<Catalogue> indices = catalogue.catalogues(plan.indexCodes());
        Forms.show(model, "form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("units", units.activeTree());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("indices", indices);
        return "plan/task-form";
    }
}
