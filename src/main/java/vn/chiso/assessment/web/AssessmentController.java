package vn.chiso.assessment.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.assessment.Appraisal;
import vn.chiso.assessment.AssessmentAccess;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentView;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.ResponseForm;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.assessment.ranking.Rankings;
import vn.chiso.document.EvidenceFile;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * A unit's assessment as everyone allowed to see it reads it: scores, evidence, appraisal, response, and once final
 * the result and rank; the unit's response to a returned appraisal, kept as it is typed; the evidence files.
 */
@Controller
class AssessmentController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Assessments assessments;
    private final AssessmentYears years;
    private final SelfAssessment self;
    private final Appraisal appraisal;
    private final Rankings rankings;
    private final MessageSource messages;
    private final Clock clock;

    AssessmentController(Assessments assessments, AssessmentYears years, SelfAssessment self, Appraisal appraisal,
            Rankings rankings, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.years = years;
        this.self = self;
        this.appraisal = appraisal;
        this.rankings = rankings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/assessments/{year:\\d{4}}/units/{unitId}")
    String show(@PathVariable int year, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        AssessmentView assessment = assessments.view(year, unitId);
        AssessmentAccess.checkRead(assessment, user);
        if (mayRespond(assessment, user)) {
            Forms.show(model, "form", ResponseForm.of(assessment));
        }
        return page(model, assessment, user);
    }

    /** The unit's answer to the appraisal returned to it; a refused one comes back as typed, with its message. */
    @PostMapping("/assessments/{year:\\d{4}}/units/{unitId}/response")
    String respond(@PathVariable int year, @PathVariable long unitId, @ModelAttribute("form") ResponseForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect) {
        AssessmentAccess.checkRead(assessments.view(year, unitId), user);
        if (!result.hasErrors()) {
            try {
                self.respond(year, unitId, form, user);
                redirect.addFlashAttribute("success", "assessment.responded");
                return "redirect:/assessments/" + year + "/units/" + unitId;
            } catch (RuleViolationException refused) {
                refused.rejectIn(result);
            }
        }
        AssessmentView assessment = assessments.view(year, unitId);
        if (!mayRespond(assessment, user)) {
            redirect.addFlashAttribute("failure", "assessment.locked." + assessment.status().name());
            return "redirect:/assessments/" + year + "/units/" + unitId;
        }
        ResponseForm aligned = form.alignedWith(assessment);
        BindingResult kept = new BeanPropertyBindingResult(aligned, "form");
        kept.addAllErrors(result);
        model.addAttribute("form", aligned);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
        return page(model, assessment, user);
    }

    /** The automatic save of the response (not sent yet): the new version, or why nothing was saved. */
    @PostMapping("/assessments/{year:\\d{4}}/units/{unitId}/response/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable int year, @PathVariable long unitId,
            @ModelAttribute("form") ResponseForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user) {
        AssessmentAccess.checkRead(assessments.view(year, unitId), user);
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.hasErrors()) {
            body.put("message", message("assessment.response.autosaveInvalid"));
            body.put("fields", Forms.fieldMessages(result, messages));
            return ResponseEntity.unprocessableContent().body(body);
        }
        try {
            body.put("version", self.saveResponses(year, unitId, form, user));
            body.put("message", message("report.autosave.saved", TIME.format(clock.instant().atZone(clock.getZone()))));
            return ResponseEntity.ok(body);
        } catch (RuleViolationException violation) {
            boolean concurrent = violation.messageKey().equals("edit.concurrent");
            body.put("message", message(concurrent ? "report.autosave.concurrent"
                    : violation.field() == null ? violation.messageKey() : "assessment.response.autosaveInvalid"));
            return ResponseEntity.status(violation.field() == null ? HttpStatus.CONFLICT
                    : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
    }

    /** A file backing the assessment, always as an attachment, never shown inline. */
    @GetMapping("/assessments/{year:\\d{4}}/units/{unitId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable long unitId, @PathVariable long evidenceId,
            @AuthenticationPrincipal CurrentUser user) {
        EvidenceFile file = assessments.evidenceFile(year, unitId, evidenceId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private String page(Model model, AssessmentView assessment, CurrentUser user) {
        AssessmentYear round = years.get(assessment.year());
        boolean own = user.is(Role.OFFICER);
        boolean mayRespond = mayRespond(assessment, user);
        model.addAttribute("assessment", assessment);
        model.addAttribute("round", round);
        model.addAttribute("appraisalVisible", AssessmentAccess.appraisalVisible(assessment, user));
        model.addAttribute("mayEdit", own && assessment.status().selfEditable());
        model.addAttribute("mayRespond", mayRespond);
        model.addAttribute("mayAppraise", user.is(Role.COORDINATOR) && assessment.status().inAppraisal());
        if (mayRespond) {
            Map<Long, Integer> lineIndex = new HashMap<>();
            for (int i = 0; i < assessment.applicable().size(); i++) {
                lineIndex.put(assessment.applicable().get(i).id(), i);
            }
            model.addAttribute("lineIndex", lineIndex);
            model.addAttribute("responseDeadline", appraisal.responseDeadline(assessment.header()));
        }
        // the unit learns its result and rank when the ranking is published; Sở Nội vụ and leaders see it at once
        boolean resultVisible = assessment.status() == AssessmentStatus.FINAL && (!own || round.published());
        model.addAttribute("result", resultVisible
                ? rankings.ranking(assessment.year()).ofUnit(assessment.unitId()).orElse(null) : null);
        return "assessment/unit";
    }

    private static boolean mayRespond(AssessmentView assessment, CurrentUser user) {
        return user.is(Role.OFFICER) && assessment.status() == AssessmentStatus.RETURNED;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
