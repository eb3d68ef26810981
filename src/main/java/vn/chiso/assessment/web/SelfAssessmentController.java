package vn.chiso.assessment.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.assessment.AssessmentAccess;
import vn.chiso.assessment.AssessmentForm;
import vn.chiso.assessment.AssessmentView;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceRejectedException;
import vn.chiso.document.FileProblem;
import vn.chiso.shared.Forms;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** A unit's officers filling in their self-assessment: the form, its automatic saves, saving and submitting. */
@Controller
class SelfAssessmentController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Assessments assessments;
    private final SelfAssessment self;
    private final AssessmentYears years;
    private final EvidenceFiles evidence;
    private final MessageSource messages;
    private final Clock clock;

    SelfAssessmentController(Assessments assessments, SelfAssessment self, AssessmentYears years,
            EvidenceFiles evidence, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.self = self;
        this.years = years;
        this.evidence = evidence;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/assessments/{year:\\d{4}}/units/{unitId}/edit")
    String edit(@PathVariable int year, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        AssessmentView assessment = own(year, unitId, user);
        if (!assessment.status().selfEditable()) {
            return "redirect:/assessments/" + year + "/units/" + unitId;
        }
        if (self.takeLatestCriteria(year, unitId)) {
            assessment = assessments.view(year, unitId);
        }
        Forms.show(model, "form", AssessmentForm.of(assessment));
        return form(model, assessment, Map.of());
    }

    @PostMapping("/assessments/{year:\\d{4}}/units/{unitId}")
    String save(@PathVariable int year, @PathVariable long unitId, @Valid @ModelAttribute("form") AssessmentForm form,
            BindingResult result, @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        // the save checks who may change the assessment as it locks it; a form shown again checks who may read it
        if (!result.hasErrors()) {
            try {
                self.save(year, unitId, form, EvidenceFiles.checkAll(EvidenceFiles.chosen(request)), user);
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            } catch (EvidenceRejectedException refused) {
                result.reject("assessment.evidence.refused");
                return typed(model, form, result, own(year, unitId, user), fileErrors(refused.problems()));
            }
        }
        if (result.hasErrors()) {
            return typed(model, form, result, own(year, unitId, user), Map.of());
        }
        if (!action.equals("submit")) {
            redirect.addFlashAttribute("success", "assessment.saved");
            return "redirect:/assessments/" + year + "/units/" + unitId + "/edit";
        }
        try {
            self.submit(year, unitId, user);
        } catch (RuleViolationException incomplete) {
            // the draft is saved; show it as stored with what still keeps it from being submitted
            AssessmentView saved = assessments.view(year, unitId);
            AssessmentForm stored = AssessmentForm.of(saved);
            BindingResult problems = new BeanPropertyBindingResult(stored, "form");
            problems.reject("assessment.submit.incomplete");
            incomplete.rejectIn(problems);
            model.addAttribute("form", stored);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", problems);
            return form(model, saved, Map.of());
        }
        redirect.addFlashAttribute("success", "assessment.submitted");
        return "redirect:/assessments/" + year + "/units/" + unitId;
    }

    /** The automatic save (without files): the new version, or why nothing was saved. */
    @PostMapping("/assessments/{year:\\d{4}}/units/{unitId}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable int year, @PathVariable long unitId,
            @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.hasErrors()) {
            own(year, unitId, user);
            body.put("message", message("assessment.autosave.invalid"));
            body.put("fields", Forms.fieldMessages(result, messages));
            return ResponseEntity.unprocessableContent().body(body);
        }
        try {
            body.put("version", self.save(year, unitId, form, List.of(), user));
            body.put("message", message("report.autosave.saved", TIME.format(clock.instant().atZone(clock.getZone()))));
            return ResponseEntity.ok(body);
        } catch (RuleViolationException violation) {
            boolean concurrent = violation.messageKey().equals("edit.concurrent");
            body.put("message", message(concurrent ? "report.autosave.concurrent"
                    : violation.field() == null ? violation.messageKey() : "assessment.autosave.invalid"));
            return ResponseEntity.status(violation.field() == null ? HttpStatus.CONFLICT
                    : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
    }

    /** The unit's own assessment; another unit's does not exist for this officer. */
    private AssessmentView own(int year, long unitId, CurrentUser user) {
        AssessmentView assessment = assessments.view(year, unitId);
        AssessmentAccess.checkRead(assessment, user);
        if (user.unitId() == null || user.unitId() != unitId) {
            throw new NotFoundException("Assessment", unitId);
        }
        return assessment;
    }

    /** The form again as the officer typed it, with the messages of what was refused. */
    private String typed(Model model, AssessmentForm posted, BindingResult result, AssessmentView assessment,
            Map<Long, List<String>> fileErrors) {
        AssessmentForm aligned = posted.alignedWith(assessment);
        BindingResult kept = new BeanPropertyBindingResult(aligned, "form");
        kept.addAllErrors(result);
        model.addAttribute("form", aligned);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
        return form(model, assessment, fileErrors);
    }

    private String form(Model model, AssessmentView assessment, Map<Long, List<String>> fileErrors) {
        Map<Long, Integer> lineIndex = new HashMap<>();
        for (int i = 0; i < assessment.applicable().size(); i++) {
            lineIndex.put(assessment.applicable().get(i).id(), i);
        }
        model.addAttribute("assessment", assessment);
        model.addAttribute("round", years.get(assessment.year()));
        model.addAttribute("lineIndex", lineIndex);
        model.addAttribute("unitFiles", evidence.ofUnit(assessment.unitId()));
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("maxMegabytes", EvidenceFiles.MAX_BYTES / 1024 / 1024);
        return "assessment/edit";
    }

    private Map<Long, List<String>> fileErrors(List<FileProblem> problems) {
        Map<Long, List<String>> errors = new HashMap<>();
        for (FileProblem problem : problems) {
            errors.computeIfAbsent(problem.slot(), slot -> new ArrayList<>())
                    .add(message(problem.messageKey(), problem.messageArguments()));
        }
        return errors;
    }


    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
