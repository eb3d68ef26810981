package vn.chiso.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import jakarta.validation.Valid;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.PlanFilter;
import vn.chiso.plan.PlanForm;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.section.SectionService;
import vn.chiso.plan.target.TargetService;
import vn.chiso.shared.Forms;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * The plan list, a plan's page (its purposes, targets, and tasks with the document's headings in document order, and
 * its deadlines), and the plan form for coordinators. Officers read the plans that are decided, and change nothing.
 */
@Controller
@RequestMapping("/plans")
class PlanController {

    private final PlanService plans;
    private final TargetService targets;
    private final SectionService sections;
    private final ReportingPeriods periods;
    private final IndexCatalogue catalogue;
    private final Clock clock;

    PlanController(PlanService plans, TargetService targets, SectionService sections, ReportingPeriods periods,
            IndexCatalogue catalogue, Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.sections = sections;
        this.periods = periods;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** Every plan for coordinators and leaders; officers read the plans in force and closed ones, never drafts. */
    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String index,
            @RequestParam(required = false) PlanStatus status, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        model.addAttribute("plans", plans.list(new PlanFilter(year, index, status)).stream()
                .filter(plan -> readable(plan, user)).toList());
        model.addAttribute("year", year);
        model.addAttribute("index", index);
        model.addAttribute("status", status);
        model.addAttribute("indices", catalogue.indices());
        model.addAttribute("statuses", Arrays.stream(PlanStatus.values())
                .filter(option -> option != PlanStatus.DRAFT || !user.is(Role.OFFICER)).toList());
        return "plan/list";
    }

    /** A plan's page; an officer's unit's tasks are marked, and a draft does not exist for an officer. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        PlanView plan = plans.get(id);
        if (!readable(plan, user)) {
            throw new NotFoundException("Plan", id);
        }
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("plan", plan);
        model.addAttribute("own", user.is(Role.OFFICER) ? new OwnTasks(user.unitId()) : null);
        model.addAttribute("children", plans.children(id).stream().filter(child -> readable(child, user)).toList());
        model.addAttribute("targets", targets.of(id));
        model.addAttribute("outline", sections.outline(id));
        model.addAttribute("upcoming", periods.upcoming(id, today, 5));
        model.addAttribute("latestPast", periods.latestPast(id, today).orElse(null));
        model.addAttribute("rules", periods.rules(id));
        model.addAttribute("owing", periods.owingUnitIds(id).size());
        model.addAttribute("today", today);
        return "plan/show";
    }

    @GetMapping("/new")
    String newPlan(@RequestParam(required = false) Long parentId, Model model) {
        PlanForm form = PlanForm.empty(LocalDate.now(clock).getYear());
        if (parentId != null) {
            PlanView parent = plans.get(parentId);
            form = new PlanForm("", null, "", "", parent.firstYear(), parent.lastYear(), parent.indexCodes().stream().toList(),
                    parentId, "", "", form.status(), null);
        }
        return form(model, form, null);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = plans.create(form);
                redirect.addFlashAttribute("success", "plan.created");
                redirect.addFlashAttribute("successArg", form.number());
                return "redirect:/plans/" + id;
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PlanView plan = plans.get(id);
        return form(model, PlanForm.of(plan), plan);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PlanView plan = plans.get(id);
        if (!result.hasErrors()) {
            try {
                plans.update(id, form);
                redirect.addFlashAttribute("success", "plan.updated");
                redirect.addFlashAttribute("successArg", form.number());
                return "redirect:/plans/" + id;
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            } catch (OptimisticLockingFailureException concurrent) {
                result.reject("edit.concurrent");
            }
        }
        return form(model, form, plan);
    }

    /** Officers read what is decided: a plan in force or closed, not one still being written. */
    private static boolean readable(PlanView plan, CurrentUser user) {
        return !user.is(Role.OFFICER) || plan.status() != PlanStatus.DRAFT;
    }

    private String form(Model model, PlanForm form, PlanView plan) {
        Forms.show(model, "form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("indices", catalogue.indices());
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("parents", plans.all().stream().filter(p -> plan == null || p.id() != plan.id()).toList());
        return "plan/form";
    }
}
