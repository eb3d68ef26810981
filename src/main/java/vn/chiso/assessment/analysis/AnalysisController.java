package vn.chiso.assessment.analysis;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.shared.NotFoundException;

/**
 * The analysis of a year for leaders and coordinators: who over-scores, the criteria that lose the most points, and
 * one unit criterion by criterion ({@code ?unit=}).
 */
@Controller
class AnalysisController {

    /** The page lists the criteria that lose the most; the spreadsheet has them all. */
    static final int LOSSES_SHOWN = 15;

    private final ScoringAnalysis scoring;
    private final AssessmentYears years;
    private final AnalysisSheets sheets;

    AnalysisController(ScoringAnalysis scoring, AssessmentYears years, AnalysisSheets sheets) {
        this.scoring = scoring;
        this.years = years;
        this.sheets = sheets;
    }

    @GetMapping("/assessments/{year}/analysis")
    String analysis(@PathVariable int year, @RequestParam(required = false) String unit, Model model) {
        List<AssessmentYear> rounds = years.all();
        if (rounds.stream().noneMatch(round -> round.year() == year)) {
            throw new NotFoundException("Assessment year", year);
        }
        YearAnalysis analysis = scoring.year(year);
        model.addAttribute("years", rounds);
        model.addAttribute("analysis", analysis);
        model.addAttribute("shown", LOSSES_SHOWN);
        Long unitId = unitId(unit);
        if (unitId != null) {
            UnitScoring chosen = analysis.unit(unitId).orElse(null);
            model.addAttribute("unitId", unitId);
            model.addAttribute("chosen", chosen);
            model.addAttribute("lines", chosen == null ? List.of() : scoring.unit(year, unitId));
        }
        return "assessment/analysis";
    }

    @GetMapping("/assessments/{year}/analysis.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, @RequestParam(required = false) String unit,
            Locale locale) {
        years.get(year);
        YearAnalysis analysis = scoring.year(year);
        Long unitId = unitId(unit);
        UnitScoring chosen = unitId == null ? null : analysis.unit(unitId).orElse(null);
        return sheets.analysis(analysis, chosen, chosen == null ? List.of() : scoring.unit(year, unitId), locale);
    }

    /** A unit chosen in the list; anything else shows no unit rather than an error. */
    private static Long unitId(String unit) {
        try {
            return unit == null || unit.isBlank() ? null : Long.valueOf(unit.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
