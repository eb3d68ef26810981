package vn.chiso.assessment.web;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.assessment.Appraisal;
import vn.chiso.assessment.AppraisalForm;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentView;
import vn.chiso.assessment.Assessments;
import vn.chiso.shared.Forms;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * Sở Nội vụ appraising a unit's assessment: the form, saving, returning it once to the unit, finishing it; while it
 * is with the unit, the appraisal as sent and, once the unit's response is due, closing it without the response.
 */
@Controller
class AppraisalController {

    /** What the buttons of the form send. */
    private static final Set<String> ACTIONS = Set.of("save", "return", "finish");

    private final Assessments assessments;
    private final Appraisal appraisal;

    AppraisalController(Assessments assessments, Appraisal appraisal) {
        this.assessments = assessments;
        this.appraisal = appraisal;
    }

    @GetMapping("/assessments/{year:\\d{4}}/units/{unitId}/appraisal")
    String form(@PathVariable int year, @PathVariable long unitId, Model model) {
        AssessmentView assessment = submitted(year, unitId);
        if (!assessment.status().inAppraisal()) {
            return "redirect:/assessments/" + year + "/units/" + unitId;
        }
        Forms.show(model, "form", AppraisalForm.of(assessment));
        model.addAttribute("formVersion", assessment.header().version());
        return page(model, assessment);
    }

    @PostMapping("/assessments/{year:\\d{4}}/units/{unitId}/appraisal")
    String save(@PathVariable int year, @PathVariable long unitId, @Valid @ModelAttribute("form") AppraisalForm form,
            BindingResult result, @RequestParam(defaultValue = "save") String action,
            @RequestParam(required = false) String comment, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        if (!ACTIONS.contains(action)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown action");
        }
        // while the appraisal is with the unit it cannot change; it can only be closed as it was sent
        boolean withUnit = submitted(year, unitId).status() == AssessmentStatus.RETURNED;
        int version = form.version() == null ? 0 : form.version();
        if (!result.hasErrors()) {
            try {
                if (!withUnit || !action.equals("finish")) {
                    version = appraisal.save(year, unitId, form, user);
                }
                if (action.equals("return")) {
                    appraisal.returnToUnit(year, unitId, comment, user);
                } else if (action.equals("finish")) {
                    appraisal.finish(year, unitId, user);
                }
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            }
        }
        if (result.hasErrors()) {
            // what was saved before the refusal stays saved; show the form with what the appraiser typed
            AssessmentView assessment = assessments.view(year, unitId);
            if (!assessment.status().inAppraisal()) {
                return "redirect:/assessments/" + year + "/units/" + unitId;
            }
            AppraisalForm aligned = form.alignedWith(assessment);
            BindingResult kept = new BeanPropertyBindingResult(aligned, "form");
            kept.addAllErrors(result);
            model.addAttribute("form", aligned);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
            model.addAttribute("returnComment", comment);
            model.addAttribute("formVersion", version);
            return page(model, assessment);
        }
        redirect.addFlashAttribute("success", "assessment.appraisal." + action);
        return action.equals("save") ? "redirect:/assessments/" + year + "/units/" + unitId + "/appraisal"
                : "redirect:/assessments/" + year + "/units/" + unitId;
    }

    private AssessmentView submitted(int year, long unitId) {
        AssessmentView assessment = assessments.view(year, unitId);
        if (assessment.header() == null) {
            throw new NotFoundException("Assessment", unitId);
        }
        return assessment;
    }

    private String page(Model model, AssessmentView assessment) {
        Map<Long, Integer> lineIndex = new HashMap<>();
        for (int i = 0; i < assessment.applicable().size(); i++) {
            lineIndex.put(assessment.applicable().get(i).id(), i);
        }
        model.addAttribute("assessment", assessment);
        model.addAttribute("lineIndex", lineIndex);
        model.addAttribute("editable", assessment.status().appraisable());
        model.addAttribute("responseDeadline", assessment.status() == AssessmentStatus.RETURNED
                ? appraisal.responseDeadline(assessment.header()) : null);
        return "assessment/appraisal";
    }
}
