package vn.chiso.report.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.consolidated.ConsolidatedDocx;
import vn.chiso.report.consolidated.ConsolidatedReport;
import vn.chiso.report.consolidated.ConsolidatedReports;
import vn.chiso.report.consolidated.ConsolidatedXlsx;
import vn.chiso.report.consolidated.ConsolidationForm;
import vn.chiso.report.reminder.Reminders;
import vn.chiso.report.timeliness.PeriodTimeliness;
import vn.chiso.report.timeliness.ReportingTimeliness;
import vn.chiso.report.timeliness.UnitHistory;
import vn.chiso.shared.Forms;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * A plan's reports, for coordinators and leaders: every period with who reported on time, late or not at all and
 * each unit's record over the periods; one period's units with their reports, the reminders, and the consolidated
 * report to download.
 */
@Controller
@RequestMapping("/plans/{planId}")
class PeriodReportsController {

    private final PlanService plans;
    private final ReportingPeriods periods;
    private final ReportingTimeliness timeliness;
    private final Reminders reminders;
    private final ConsolidatedReports consolidated;
    private final ConsolidatedDocx docx;
    private final ConsolidatedXlsx xlsx;

    PeriodReportsController(PlanService plans, ReportingPeriods periods, ReportingTimeliness timeliness,
            Reminders reminders, ConsolidatedReports consolidated, ConsolidatedDocx docx, ConsolidatedXlsx xlsx) {
        this.plans = plans;
        this.periods = periods;
        this.timeliness = timeliness;
        this.reminders = reminders;
        this.consolidated = consolidated;
        this.docx = docx;
        this.xlsx = xlsx;
    }

    @GetMapping("/reports")
    String plan(@PathVariable long planId, Model model) {
        PlanView plan = plans.get(planId);
        List<ReportingPeriodView> planPeriods = periods.periods(planId);
        List<UnitHistory> history = timeliness.history(planId, planPeriods);
        model.addAttribute("plan", plan);
        model.addAttribute("periods", planPeriods);
        model.addAttribute("history", history);
        model.addAttribute("columns", PeriodColumn.of(planPeriods, history));
        return "report/plan";
    }

    @GetMapping("/periods/{periodId}")
    String period(@PathVariable long planId, @PathVariable long periodId, Model model) {
        Forms.show(model, "consolidation", new ConsolidationForm("", "", "", "", ""));
        return periodPage(plans.get(planId), timeliness.of(period(planId, periodId)), model);
    }

    @PostMapping("/periods/{periodId}/remind")
    String remind(@PathVariable long planId, @PathVariable long periodId,
            @RequestParam(required = false) Long unitId, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        ReportingPeriodView period = period(planId, periodId);
        List<Long> units = new ArrayList<>();
        if (unitId != null) {
            units.add(unitId);
        }
        Reminders.Reminded reminded = reminders.remindNow(period, units, user.fullName());
        if (reminded.mailed() > 0) {
            redirect.addFlashAttribute("success", "report.remind.sent");
            redirect.addFlashAttribute("successArg", reminded.mailed());
        }
        if (!reminded.unreachable().isEmpty()) {
            redirect.addFlashAttribute("warning", "report.remind.unreachable");
            redirect.addFlashAttribute("warningArgs", new Object[] {reminded.unreachable().size(),
                    String.join(", ", reminded.unreachable())});
        } else if (reminded.mailed() == 0) {
            redirect.addFlashAttribute("failure", "report.remind.none");
        }
        return "redirect:/plans/" + planId + "/periods/" + periodId;
    }

    /** The consolidated report as Word, or the period page again with why the form was refused. */
    @GetMapping("/periods/{periodId}/consolidated.docx")
    Object docx(@PathVariable long planId, @PathVariable long periodId,
            @ModelAttribute("consolidation") ConsolidationForm form, BindingResult result, Locale locale,
            Model model) {
        return consolidation(planId, periodId, form, result, locale, model, report -> download(
                docx.write(report, locale), "bao-cao-tong-hop.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @GetMapping("/periods/{periodId}/consolidated.xlsx")
    Object xlsx(@PathVariable long planId, @PathVariable long periodId,
            @ModelAttribute("consolidation") ConsolidationForm form, BindingResult result, Locale locale,
            Model model) {
        return consolidation(planId, periodId, form, result, locale, model, report -> download(
                xlsx.write(report, locale), "bao-cao-tong-hop.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private Object consolidation(long planId, long periodId, ConsolidationForm form, BindingResult result,
            Locale locale, Model model, Function<ConsolidatedReport, ResponseEntity<byte[]>> file) {
        PlanView plan = plans.get(planId);
        PeriodTimeliness state = timeliness.of(period(planId, periodId));
        try {
            return file.apply(consolidated.of(plan, state, form, locale));
        } catch (RuleViolationException refused) {
            // what was typed stays in the form, with the message beside the field
            refused.rejectIn(result);
            return periodPage(plan, state, model);
        }
    }

    private String periodPage(PlanView plan, PeriodTimeliness state, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("timeliness", state);
        model.addAttribute("issuingBody", consolidated.issuingBody());
        return "report/period";
    }

    private ReportingPeriodView period(long planId, long periodId) {
        ReportingPeriodView period = periods.get(periodId);
        if (period.planId() != planId) {
            throw new NotFoundException("Reporting period", periodId);
        }
        return period;
    }

    private static ResponseEntity<byte[]> download(byte[] content, String name, String type) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
