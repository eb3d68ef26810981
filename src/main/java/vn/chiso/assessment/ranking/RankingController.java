package vn.chiso.assessment.ranking;

import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.shared.NotFoundException;

/** The year's ranking for leaders and coordinators: the counts of each rating, then each kind's units in order. */
@Controller
class RankingController {

    private final Rankings rankings;
    private final AssessmentYears years;
    private final RankingSheets sheets;

    RankingController(Rankings rankings, AssessmentYears years, RankingSheets sheets) {
        this.rankings = rankings;
        this.years = years;
        this.sheets = sheets;
    }

    /** The dashboards' tab: the latest ranked year, or the rounds while none has final assessments yet. */
    @GetMapping("/assessments/ranking")
    String latest() {
        return rankings.latestRankedYear().map(year -> "redirect:/assessments/" + year + "/ranking")
                .orElse("redirect:/assessments");
    }

    @GetMapping("/assessments/{year}/ranking")
    String ranking(@PathVariable int year, Model model) {
        List<AssessmentYear> rounds = years.all();
        model.addAttribute("years", rounds);
        model.addAttribute("round", round(rounds, year));
        model.addAttribute("ranking", rankings.ranking(year));
        return "assessment/ranking";
    }

    @GetMapping("/assessments/{year}/ranking.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, Locale locale) {
        years.get(year);
        return sheets.ranking(rankings.ranking(year), locale);
    }

    /** The year's round among all of them (the selector needs them all anyway): a year without one is not found. */
    static AssessmentYear round(List<AssessmentYear> rounds, int year) {
        return rounds.stream().filter(round -> round.year() == year).findFirst()
                .orElseThrow(() -> new NotFoundException("Assessment year", year));
    }
}
