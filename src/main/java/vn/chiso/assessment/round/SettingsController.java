package vn.chiso.assessment.round;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.user.CurrentUser;

/**
 * A coordinator runs a year's round: its window and thresholds (the first save creates the round), the units taking
 * part, and the publication of the ranking to the units.
 */
@Controller
@RequestMapping("/assessments/{year}/settings")
class SettingsController {

    private final AssessmentYears years;
    private final RoundSettings settings;
    private final Enrolment enrolment;
    private final UnitService units;

    SettingsController(AssessmentYears years, RoundSettings settings, Enrolment enrolment, UnitService units) {
        this.years = years;
        this.settings = settings;
        this.enrolment = enrolment;
        this.units = units;
    }

    @GetMapping
    String page(@PathVariable int year, Model model) {
        return page(RoundYears.checked(year), model, null, null);
    }

    @PostMapping
    String save(@PathVariable int year, @ModelAttribute("settings") SettingsForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        try {
            settings.save(RoundYears.checked(year), form, user);
        } catch (RuleViolationException violation) {
            violation.rejectIn(result);
            return page(year, model, null, null);
        }
        redirect.addFlashAttribute("success", "assessment.settings.saved");
        return "redirect:/assessments/" + year + "/settings";
    }

    @PostMapping("/publish")
    String publish(@PathVariable int year, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        try {
            if (years.find(RoundYears.checked(year)).isEmpty()) {
                throw new RuleViolationException(null, "assessment.publish.thresholds");
            }
            years.publish(year, user);
        } catch (RuleViolationException violation) {
            return page(year, model, violation, null);
        }
        redirect.addFlashAttribute("success", "assessment.publish.done");
        return "redirect:/assessments/" + year + "/settings";
    }

    @PostMapping("/enrol")
    String enrol(@PathVariable int year, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Enrolment.Enrolled enrolled;
        try {
            enrolled = enrolment.enrol(RoundYears.checked(year), user);
        } catch (RuleViolationException violation) {
            return page(year, model, null, violation);
        }
        redirect.addFlashAttribute("success", "assessment.enrol.done");
        redirect.addFlashAttribute("successArg", enrolled.added());
        // kept in the session until shown: plain serializable values
        Map<String, Integer> withoutSet = new LinkedHashMap<>();
        enrolled.withoutSet().forEach((kind, count) -> withoutSet.put(kind.messageKey(), count));
        redirect.addFlashAttribute("withoutSet", withoutSet);
        return "redirect:/assessments/" + year + "/settings#enrolment";
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable int year, @ModelAttribute("withdrawal") WithdrawalForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        RoundYears.checked(year);
        if (!result.hasErrors()) {
            try {
                if (form.unitId() == null) {
                    throw new RuleViolationException("unitId", "assessment.withdraw.required");
                }
                enrolment.withdraw(year, form.unitId());
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        if (result.hasErrors()) {
            return page(year, model, null, null);
        }
        redirect.addFlashAttribute("success", "assessment.withdraw.done");
        redirect.addFlashAttribute("successArg", units.get(form.unitId()).name());
        return "redirect:/assessments/" + year + "/settings#enrolment";
    }

    private String page(int year, Model model, RuleViolationException publishError,
            RuleViolationException enrolError) {
        AssessmentYear round = years.find(year).orElse(null);
        model.addAttribute("year", year);
        model.addAttribute("round", round);
        Forms.show(model, "settings", SettingsForm.of(round));
        Forms.show(model, "withdrawal", new WithdrawalForm(null));
        model.addAttribute("kinds", enrolment.byKind(year));
        model.addAttribute("withdrawable", enrolment.withdrawable(year));
        model.addAttribute("publishError", publishError);
        model.addAttribute("enrolError", enrolError);
        return "assessment/settings";
    }
}
