package vn.chiso.assessment.round;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.assessment.AssessmentHeader;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.NotFoundException;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Where the assessment begins for each role: coordinators and leaders get the list of rounds; an officer gets their
 * unit's assessment of the current round and the earlier years it took part in, with the results published.
 */
@Controller
class RoundController {

    private final Rounds rounds;
    private final AssessmentYears years;
    private final Assessments assessments;
    private final Clock clock;

    RoundController(Rounds rounds, AssessmentYears years, Assessments assessments, Clock clock) {
        this.rounds = rounds;
        this.years = years;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** {@code start}: the year a coordinator wants to start a round for (a GET form cannot write it into a path). */
    @GetMapping("/assessments")
    String rounds(@RequestParam(required = false) String start, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        if (user.is(Role.OFFICER)) {
            return officer(user, model);
        }
        if (user.is(Role.ADMIN)) {
            throw new AccessDeniedException("the assessment is not the administrator's");
        }
        boolean coordinator = user.is(Role.COORDINATOR);
        if (coordinator && start != null) {
            Optional<Integer> year = Decimals.parseWhole(start).filter(RoundYears::valid);
            if (year.isPresent()) {
                return "redirect:/assessments/" + year.get() + "/settings";
            }
            model.addAttribute("startError", "assessment.year.range");
        }
        List<Rounds.RoundLine> all = rounds.all();
        model.addAttribute("rounds", all);
        model.addAttribute("coordinator", coordinator);
        model.addAttribute("start", start != null ? start
                : String.valueOf(all.isEmpty() ? LocalDate.now(clock).getYear() : all.get(0).round().year() + 1));
        return "assessment/years";
    }

    /** An officer's own assessment of a year: the form while it is a draft, else the read-only page. */
    @GetMapping("/assessments/{year}/mine")
    String mine(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
        if (user.unitId() == null) {
            throw new NotFoundException("Assessment of year", year);
        }
        AssessmentHeader mine = assessments.find(year, user.unitId())
                .orElseThrow(() -> new NotFoundException("Assessment of year", year));
        return "redirect:/assessments/" + year + "/units/" + user.unitId()
                + (mine.status().selfEditable() ? "/edit" : "");
    }

    /** The unit's assessment of the current round first, then its earlier years with their published results. */
    private String officer(CurrentUser user, Model model) {
        Optional<AssessmentYear> current = years.current();
        List<Rounds.UnitRound> unitRounds = user.unitId() == null ? List.of() : rounds.ofUnit(user.unitId());
        Integer currentYear = current.map(AssessmentYear::year).orElse(null);
        model.addAttribute("current", current.orElse(null));
        model.addAttribute("mine", unitRounds.stream().filter(round -> currentYear != null
                && round.year() == currentYear).findFirst().orElse(null));
        model.addAttribute("unitRounds", unitRounds.stream().filter(round -> currentYear == null
                || round.year() != currentYear).toList());
        return "assessment/round/officer";
    }
}
