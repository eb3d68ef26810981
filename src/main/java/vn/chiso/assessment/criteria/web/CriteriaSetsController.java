package vn.chiso.assessment.criteria.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.criteria.CriteriaCopyForm;
import vn.chiso.assessment.criteria.CriteriaEditing;
import vn.chiso.assessment.criteria.CriteriaSetForm;
import vn.chiso.assessment.criteria.CriteriaSetSummary;
import vn.chiso.assessment.criteria.CriteriaSets;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** The coordinator's list of criteria sets by year, with starting a year empty or from an existing set. */
@Controller
@RequestMapping("/assessments/criteria")
class CriteriaSetsController {

    private final CriteriaSets sets;
    private final CriteriaEditing editing;
    private final Clock clock;

    CriteriaSetsController(CriteriaSets sets, CriteriaEditing editing, Clock clock) {
        this.sets = sets;
        this.editing = editing;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model) {
        return page(model, sets.summaries());
    }

    @PostMapping
    String create(@ModelAttribute("setForm") CriteriaSetForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser coordinator, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                return created(editing.create(form, coordinator), form.name(), redirect);
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return page(model, sets.summaries());
    }

    @PostMapping("/copy")
    String copy(@ModelAttribute("copyForm") CriteriaCopyForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser coordinator, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                return created(editing.copy(form, coordinator), form.newName(), redirect);
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        return page(model, sets.summaries());
    }

    private String page(Model model, List<CriteriaSetSummary> summaries) {
        Map<Integer, List<CriteriaSetSummary>> byYear = summaries.stream().collect(
                Collectors.groupingBy(summary -> summary.set().year(), LinkedHashMap::new, Collectors.toList()));
        int thisYear = LocalDate.now(clock).getYear();
        int nextToStart = byYear.keySet().stream().findFirst().map(latest -> Math.max(latest + 1, thisYear))
                .orElse(thisYear);
        model.addAttribute("years", byYear);
        model.addAttribute("sets", summaries);
        model.addAttribute("kinds", AssessedKind.values());
        Forms.show(model, "setForm", CriteriaSetForm.empty(nextToStart));
        Forms.show(model, "copyForm", CriteriaCopyForm.empty(nextToStart));
        return "assessment/criteria/list";
    }

    private static String created(long setId, String name, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", "criteria.set.created");
        redirect.addFlashAttribute("successArg", name.strip());
        return "redirect:/assessments/criteria/" + setId;
    }
}
