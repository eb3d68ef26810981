package vn.chiso.assessment.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.assessment.AssessmentAccess;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentView;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.assessment.ranking.Rankings;
import vn.chiso.report.evidence.EvidenceFile;
import vn.chiso.report.evidence.EvidenceFiles;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * A unit's assessment as everyone allowed to see it reads it: scores, evidence, appraisal, response, and once final
 * the result and rank; the unit's response to a returned appraisal; the evidence files.
 */
@Controller
class AssessmentController {

    private final Assessments assessments;
    private final AssessmentYears years;
    private final SelfAssessment self;
    private final Rankings rankings;
    private final EvidenceFiles evidence;
    private final JdbcTemplate jdbc;

    AssessmentController(Assessments assessments, AssessmentYears years, SelfAssessment self, Rankings rankings,
            EvidenceFiles evidence, JdbcTemplate jdbc) {
        this.assessments = assessments;
        this.years = years;
        this.self = self;
        this.rankings = rankings;
        this.evidence = evidence;
        this.jdbc = jdbc;
    }

    @GetMapping("/assessments/{year:\\d{4}}/units/{unitId}")
    String show(@PathVariable int year, @PathVariable long unitId, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        AssessmentView assessment = assessments.view(year, unitId);
        AssessmentAccess.checkRead(assessment, user);
        AssessmentYear round = years.get(year);
        boolean own = user.is(Role.OFFICER);
        model.addAttribute("assessment", assessment);
        model.addAttribute("round", round);
        model.addAttribute("appraisalVisible", AssessmentAccess.appraisalVisible(assessment, user));
        model.addAttribute("mayEdit", own && assessment.status().selfEditable());
        model.addAttribute("mayRespond", own && assessment.status() == AssessmentStatus.RETURNED);
        model.addAttribute("mayAppraise", user.is(Role.COORDINATOR) && assessment.status().inAppraisal());
        // the unit learns its result and rank when the ranking is published; Sở Nội vụ and leaders see it at once
        boolean resultVisible = assessment.status() == AssessmentStatus.FINAL && (!own || round.published());
        model.addAttribute("result", resultVisible ? rankings.ranking(year).ofUnit(unitId).orElse(null) : null);
        return "assessment/unit";
    }

    @PostMapping("/assessments/{year:\\d{4}}/units/{unitId}/response")
    String respond(@PathVariable int year, @PathVariable long unitId,
            @RequestParam(name = "responses", required = false) List<String> responses,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        try {
            self.respond(year, unitId, responses == null ? new ArrayList<>() : responses, user);
            redirect.addFlashAttribute("success", "assessment.responded");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("failure", refused.messageKey());
        }
        return "redirect:/assessments/" + year + "/units/" + unitId;
    }

    /**
     * A file backing the assessment, for whoever may read it; the unit's own officers also get any file of their
     * unit (they pick among them). Always as an attachment, never shown inline.
     */
    @GetMapping("/assessments/{year:\\d{4}}/units/{unitId}/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable int year, @PathVariable long unitId, @PathVariable long evidenceId,
            @AuthenticationPrincipal CurrentUser user) {
        AssessmentView assessment = assessments.view(year, unitId);
        AssessmentAccess.checkRead(assessment, user);
        boolean linked = Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from assessment_evidence where assessment_id = ? and evidence_id = ?)
                """, Boolean.class, assessment.header().id(), evidenceId));
        if (!linked && !user.is(Role.OFFICER)) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        EvidenceFile file = evidence.fileOfUnit(unitId, evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }
}
