package vn.chiso.report.web;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import org.springframework.util.StringUtils;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportAccess;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportForm;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.ReportView;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceRejectedException;
import vn.chiso.document.FileProblem;
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
    private static final String SIGNED_DOCUMENT = "signedDocument";
    /** Where the signed document's problems are listed among the files' (task ids are never 0). */
    private static final long SIGNED_SLOT = 0;

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

    /**
     * Saves or sends the posted form. The service reads the report once, under lock, and checks who may write it;
     * the page reads it again only to show the form once more, with what kept it from being saved or sent.
     */
    @PostMapping("/reports/{id}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm posted, BindingResult result,
            @RequestParam(defaultValue = "save") String action, HttpServletRequest request,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            ReportView report = editable(id, user);
            showPosted(model, posted, report, result);
            return form(model, report, Map.of());
        }
        Optional<RuleViolationException> incomplete;
        try {
            Uploads files = uploads(request);
            if (!action.equals("submit")) {
                editing.save(id, posted, files.entries(), files.signed(), user);
                redirect.addFlashAttribute("success", "report.saved");
                return "redirect:/reports/" + id + "/edit";
            }
            incomplete = editing.saveAndSubmit(id, posted, files.entries(), files.signed(), user);
        } catch (RuleViolationException violation) {
            ReportView report = editable(id, user);
            violation.rejectIn(showPosted(model, posted, report, result));
            return form(model, report, Map.of());
        } catch (EvidenceRejectedException refused) {
            ReportView report = editable(id, user);
            showPosted(model, posted, report, result).reject("report.evidence.refused");
            return form(model, report, fileErrors(refused.problems()));
        }
        if (incomplete.isEmpty()) {
            redirect.addFlashAttribute("success", "report.submitted");
            return "redirect:/reports/" + id;
        }
        // the draft is saved; show it again, as stored, with what still keeps it from being submitted
        ReportView saved = reports.get(id);
        ReportForm stored = ReportForm.of(saved);
        BindingResult problems = new BeanPropertyBindingResult(stored, "form");
        problems.reject("report.submit.incomplete");
        incomplete.get().rejectIn(problems);
        model.addAttribute("form", stored);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", problems);
        return form(model, saved, Map.of());
    }

    /** The report as stored, once the user may write it (anyone else is told it does not exist). */
    private ReportView editable(long id, CurrentUser user) {
        ReportHeader header = reports.header(id);
        ReportAccess.checkEdit(header, user);
        return reports.view(header);
    }

    /**
     * Shows the posted form again, one entry per task in the report's order whatever was posted, as the form shows
     * them, with the errors of its binding; returns its binding, for more errors.
     */
    private static BindingResult showPosted(Model model, ReportForm posted, ReportView report, BindingResult result) {
        ReportForm form = posted.alignedTo(report);
        BindingResult bound = new BeanPropertyBindingResult(form, "form");
        bound.addAllErrors(result);
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", bound);
        return bound;
    }

    /** The files chosen in the form: each task's evidence and the signed PDF (null when none was chosen). */
    private record Uploads(List<EvidenceFiles.Upload> entries, EvidenceFiles.Upload signed) {
    }

    /** Checks every file chosen, refusing them all together when any is refused. */
    private static Uploads uploads(HttpServletRequest request) {
        List<FileProblem> problems = new ArrayList<>();
        List<EvidenceFiles.Upload> entries = List.of();
        EvidenceFiles.Upload signed = null;
        try {
            entries = EvidenceFiles.checkAll(EvidenceFiles.chosen(request));
        } catch (EvidenceRejectedException refused) {
            problems.addAll(refused.problems());
        }
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile(SIGNED_DOCUMENT);
        if (file != null && (!file.isEmpty() || StringUtils.hasText(file.getOriginalFilename()))) {
            try {
                signed = EvidenceFiles.checkPdf(SIGNED_SLOT, file);
            } catch (EvidenceRejectedException refused) {
                problems.addAll(refused.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new EvidenceRejectedException(problems);
        }
        return new Uploads(entries, signed);
    }

    /** The automatic save of the form (without files): the new version, or why nothing was saved. */
    @PostMapping("/reports/{id}/autosave")
    @ResponseBody
    ResponseEntity<Map<String, Object>> autosave(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result, @AuthenticationPrincipal CurrentUser user) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (result.hasErrors()) {
            ReportAccess.checkEdit(reports.header(id), user);
            body.put("message", message("report.autosave.invalid"));
            body.put("fields", Forms.fieldMessages(result, messages));
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
        model.addAttribute("signedSlot", SIGNED_SLOT);
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
