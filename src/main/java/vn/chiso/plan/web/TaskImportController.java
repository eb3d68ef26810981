package vn.chiso.plan.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.TaskImports;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** A coordinator imports a plan's task list from a spreadsheet: upload, preview line by line, confirm. */
@Controller
@RequestMapping("/plans/{planId}/tasks/import")
class TaskImportController {

    private final PlanService plans;
    private final TaskImports imports;

    TaskImportController(PlanService plans, TaskImports imports) {
        this.plans = plans;
        this.imports = imports;
    }

    @GetMapping
    String form(@PathVariable long planId, Model model) {
        return page(model, plans.get(planId), null);
    }

    @PostMapping
    String upload(@PathVariable long planId, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
        PlanView plan = plans.get(planId);
        if (file == null || file.isEmpty()) {
            return page(model, plan, new RuleViolationException("file", "import.file.required"));
        }
        try {
            UUID id = imports.upload(plan, file.getOriginalFilename(), file.getBytes(), user.username());
            return "redirect:/plans/" + planId + "/tasks/import/" + id;
        } catch (RuleViolationException violation) {
            return page(model, plan, violation);
        }
    }

    @GetMapping("/{id}")
    String preview(@PathVariable long planId, @PathVariable UUID id, Model model) {
        PlanView plan = plans.get(planId);
        model.addAttribute("plan", plan);
        model.addAttribute("id", id);
        model.addAttribute("preview", imports.preview(plan, id));
        return "plan/task-import-preview";
    }

    @PostMapping("/{id}/confirm")
    String confirm(@PathVariable long planId, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            int added = imports.confirm(plans.get(planId), id);
            redirect.addFlashAttribute("success", "task.imported");
            redirect.addFlashAttribute("successArg", added);
            return "redirect:/plans/" + planId + "#tasks";
        } catch (RuleViolationException violation) {
            return "redirect:/plans/" + planId + "/tasks/import/" + id;
        }
    }

    @PostMapping("/{id}/discard")
    String discard(@PathVariable long planId, @PathVariable UUID id, RedirectAttributes redirect) {
        imports.discard(plans.get(planId), id);
        redirect.addFlashAttribute("success", "import.discarded");
        return "redirect:/plans/" + planId + "/tasks/import";
    }

    private String page(Model model, PlanView plan, RuleViolationException fileError) {
        model.addAttribute("plan", plan);
        model.addAttribute("fileError", fileError);
        model.addAttribute("maxMegabytes", TaskImports.MAX_MEGABYTES);
        model.addAttribute("maxLines", TaskImports.MAX_LINES);
        return "plan/task-import";
    }
}
