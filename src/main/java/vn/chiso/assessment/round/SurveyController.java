package vn.chiso.assessment.round;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.shared.Forms;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/** A coordinator enters the survey points of the enrolled units, on the page or from a file. */
@Controller
@RequestMapping("/assessments/{year}/survey")
class SurveyController {

    private final AssessmentYears years;
    private final SurveyPoints survey;

    SurveyController(AssessmentYears years, SurveyPoints survey) {
        this.years = years;
        this.survey = survey;
    }

    @GetMapping
    String page(@PathVariable int year, Model model) {
        return page(checked(year), model, null, List.of());
    }

    @PostMapping
    String save(@PathVariable int year, @ModelAttribute("form") SurveyForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        int changed;
        try {
            changed = survey.save(checked(year), form, user);
        } catch (RuleViolationException violation) {
            result.reject("assessment.survey.refused");
            violation.rejectIn(result);
            return page(year, model, null, List.of());
        }
        redirect.addFlashAttribute("success", "assessment.survey.saved");
        redirect.addFlashAttribute("successArg", changed);
        return "redirect:/assessments/" + year + "/survey";
    }

    @PostMapping("/import")
    String importFile(@PathVariable int year, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) throws IOException {
        checked(year);
        if (file == null || file.isEmpty()) {
            return page(year, model, new RuleViolationException("file", "assessment.survey.import.required"),
                    List.of());
        }
        SurveyPoints.Imported imported;
        try {
            imported = survey.importFile(year, file.getBytes(), user);
        } catch (RuleViolationException unreadable) {
            return page(year, model, unreadable, List.of());
        }
        if (imported.refused()) {
            return page(year, model, null, imported.problems());
        }
        redirect.addFlashAttribute("success", "assessment.survey.imported");
        redirect.addFlashAttribute("successArg", imported.saved());
        return "redirect:/assessments/" + year + "/survey";
    }

    private int checked(int year) {
        if (years.find(RoundYears.checked(year)).isEmpty()) {
            throw new NotFoundException("Assessment year", year);
        }
        return year;
    }

    /** The lines shown follow the form (as posted after a refusal), each with its unit looked up by assessment. */
    private String page(int year, Model model, RuleViolationException fileError,
            List<SurveyImportProblem> importProblems) {
        List<SurveyLine> lines = survey.lines(year);
        Forms.show(model, "form", SurveyForm.of(lines));
        Map<Long, SurveyLine> byAssessment = lines.stream()
                .collect(Collectors.toMap(SurveyLine::assessmentId, Function.identity()));
        model.addAttribute("year", year);
        model.addAttribute("lines", byAssessment);
        model.addAttribute("fileError", fileError);
        model.addAttribute("importProblems", importProblems);
        model.addAttribute("maxMegabytes", SurveyPoints.MAX_MEGABYTES);
        model.addAttribute("maxLines", SurveyPoints.MAX_LINES);
        return "assessment/survey";
    }
}
