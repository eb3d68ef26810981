package vn.chiso.assessment.round;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentSummary;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.Totals;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.XlsxTable;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/** A round's progress and appraisal queue, for coordinators and leaders; as a page and a spreadsheet. */
@Controller
class ProgressController {

    private final AssessmentYears years;
    private final Assessments assessments;
    private final MessageSource messages;
    private final Clock clock;

    ProgressController(AssessmentYears years, Assessments assessments, MessageSource messages, Clock clock) {
        this.years = years;
        this.assessments = assessments;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/assessments/{year}")
    String progress(@PathVariable int year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @AuthenticationPrincipal CurrentUser user, Model model) {
        QueueFilter filter = QueueFilter.of(kind, status);
        model.addAttribute("progress", progress(year, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", AssessedKind.values());
        model.addAttribute("statuses", AssessmentStatus.values());
        model.addAttribute("coordinator", user.is(Role.COORDINATOR));
        return "assessment/progress";
    }

    @GetMapping("/assessments/{year}/progress.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, Locale locale) {
        RoundProgress progress = progress(year, QueueFilter.of(kind, status));
        XlsxTable sheet = new XlsxTable().sheet(text(locale, "assessment.progress.sheet"),
                text(locale, "assessment.progress.title", year),
                List.of(text(locale, "assessment.unit.kind"), text(locale, "assessment.progress.enrolled"),
                        text(locale, "assessment.status.DRAFT"), text(locale, "assessment.status.SUBMITTED"),
                        text(locale, "assessment.status.RETURNED"), text(locale, "assessment.status.RESPONDED"),
                        text(locale, "assessment.status.FINAL"), text(locale, "assessment.progress.late"),
                        text(locale, "assessment.progress.surveyEntered")),
                30, 12, 12, 12, 12, 12, 12, 12, 14);
        List<KindCounts> rows = new ArrayList<>(progress.kinds());
        rows.add(progress.total());
        for (KindCounts counts : rows) {
            sheet.row(counts.kind() == null ? text(locale, "assessment.progress.total")
                    : text(locale, counts.kind().messageKey()), counts.enrolled(), counts.draft(), counts.submitted(),
                    counts.returned(), counts.responded(), counts.finals(), counts.late(), counts.surveyEntered());
        }
        sheet.sheet(text(locale, "assessment.queue.sheet"), text(locale, "assessment.queue.title", year),
                List.of(text(locale, "assessment.unit.code"), text(locale, "assessment.unit.name"),
                        text(locale, "assessment.unit.kind"), text(locale, "assessment.queue.status"),
                        text(locale, "assessment.queue.submittedAt"), text(locale, "assessment.progress.late"),
                        text(locale, "assessment.queue.selfPoints"), text(locale, "assessment.queue.appraisedPoints"),
                        text(locale, "assessment.queue.surveyPoints"), text(locale, "assessment.queue.total"),
                        text(locale, "assessment.queue.percent")),
                12, 40, 18, 18, 18, 10, 12, 12, 12, 12, 12);
        for (AssessmentSummary a : progress.queue()) {
            Totals totals = a.totals();
            sheet.row(a.unitCode(), a.unitName(), text(locale, a.kind().messageKey()),
                    text(locale, a.status().messageKey()),
                    a.submittedAt() == null ? null : LocalDateTime.ofInstant(a.submittedAt(), clock.getZone()),
                    Boolean.TRUE.equals(a.late()) ? text(locale, "assessment.queue.lateMark") : null,
                    totals.selfPoints(), totals.appraisedPoints(), a.surveyEntered() ? totals.surveyPoints() : null,
                    totals.total(), totals.percent());
        }
        return sheet.download("tien-do-danh-gia-" + year + ".xlsx");
    }

    private RoundProgress progress(int year, QueueFilter filter) {
        AssessmentYear round = years.find(RoundYears.checked(year))
                .orElseThrow(() -> new NotFoundException("Assessment year", year));
        return RoundProgress.of(round, assessments.summaries(year), filter);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
