package vn.chiso.report.web;

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
import vn.chiso.report.EntryStatus;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportAccess;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportForm;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.ReportView;
import vn.chiso.report.evidence.EvidenceFiles;
import vn.chiso.report.evidence.EvidenceRejectedException;
import vn.chiso.report.evidence.FileProblem;
import vn.chiso.shared.Forms;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * An officer's report: opening it for a period, the form with its automatic saves, saving and submitting; and the
 * read-only page everyone allowed to see it gets.
 */
@Controller
class ReportController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ProgressReports reports;
    private final ReportEditing editing;
    private final MessageSource messages;
    private final Clock clock;

    ReportController(ProgressReports reports, ReportEditing editing, MessageSource messages, Clock clock) {
        this.reports = reports;
        this.editing = editing;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping("/periods/{periodId}/reports")
    String open(@PathVariable long periodId, @AuthenticationPrincipal CurrentUser user) {
        return "redirect:/reports/" + editing.open(periodId, user) + "/edit";
    }

    @GetMapping("/reports/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportHeader header = reports.header(id);
        ReportAccess.checkRead(header, user);
        model.addAttribute("report", reports.view(header));
        model.addAttribute("mayEdit", ReportAccess.mayEdit(header, user));
        return "report/show";
    }

    @GetMapping("/reports/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ReportHeader header = reports.header(id);
        ReportAccess.checkEdit(header, user);
        if (!header.status().editable()) {
            return "redirect:/reports/" + id;
        }
        ReportView report = reports.view(header);
        Forms.show(model, "form", ReportForm.of(report));
        return form(model, report, Map.of());
    }

    @PostMapping("/reports/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        ReportHeader header = reports.header(id);
        ReportAccess.checkEdit(header, user);
        if (!result.hasErrors()) {
            try {
                editing.save(id, form, EvidenceFiles.checkAll(EvidenceFiles.chosen(request)), user);
            } catch (RuleViolationException violation) {
                violation.rejectIn(result);
            } catch (EvidenceRejectedException refused) {
                result.reject("report.evidence.refused");
                return form(model, reports.view(reports.header(id)), fileErrors(refused.problems()));
            }
        }
        if (result.hasErrors()) {
            return form(model, reports.view(reports.header(id)), Map.of());
        }
        if (!action.equals("submit")) {
            redirect.addFlashAttribute("success", "report.saved");
            return "redirect:/reports/" + id + "/edit";
        }
        try {
            editing.submit(id, user);
        } catch (RuleViolationException incomplete) {
            // the draft is saved; show it again, as stored, with what still keeps it from being submitted
            ReportView saved = reports.get(id);
            ReportForm stored = ReportForm.of(saved);
            BindingResult problems = new BeanPropertyBindingResult(stored, "form");
            problems.reject("report.submit.incomplete");
            incomplete.rejectIn(problems);
            model.addAttribute("form", stored);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", problems);
            return form(model, saved, Map.of());
        }
        redirect.addFlashAttribute("success", "report.submitted");
        return "redirect:/reports/" + id;
    }

    /** The automatic save of the form (without files): the new version, or why nothing was saved. */
    @PostMapping("/reports/{id}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user) {
        ReportAccess.checkEdit(reports.header(id), user);
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.hasErrors()) {
            body.put("message", message("report.autosave.invalid"));
            return ResponseEntity.unprocessableContent().body(body);
        }
        try {
            int version = editing.autosave(id, form, user);
            body.put("version", version);
            body.put("message", message("report.autosave.saved", TIME.format(clock.instant().atZone(clock.getZone()))));
            return ResponseEntity.ok(body);
        } catch (RuleViolationException violation) {
            body.put("message", message(violation.messageKey().equals("edit.concurrent") ? "report.autosave.concurrent"
                    : violation.messageKey().startsWith("report.locked.") ? violation.messageKey()
                    : "report.autosave.invalid"));
            return ResponseEntity.status(violation.field() == null ? HttpStatus.CONFLICT
                    : HttpStatus.UNPROCESSABLE_CONTENT).body(body);
        }
    }

    private String form(Model model, ReportView report, Map<Long, List<String>> fileErrors) {
        model.addAttribute("report", report);
        model.addAttribute("statuses", EntryStatus.values());
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("maxMegabytes", EvidenceFiles.MAX_BYTES / 1024 / 1024);
        return "report/edit";
    }

    private Map<Long, List<String>> fileErrors(List<FileProblem> problems) {
        Map<Long, List<String>> errors = new HashMap<>();
        for (FileProblem problem : problems) {
            errors.computeIfAbsent(problem.slot(), task -> new ArrayList<>())
                    .add(message(problem.messageKey(), problem.messageArguments()));
        }
        return errors;
    }


    private String message(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
