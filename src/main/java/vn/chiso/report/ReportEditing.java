package vn.chiso.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.ReportForm.EntryForm;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.plan.task.TaskView;
import vn.chiso.report.history.ReportVersions;
import vn.chiso.shared.DateFormatter;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * An officer writing their unit's report: opening it for a period, saving drafts (by hand or automatically) and
 * submitting. A save either keeps everything it was given or, when a value or a file is refused, nothing.
 */
@Service
@Transactional
public class ReportEditing {

    private final ReportRepository headers;
    private final EntryRepository entries;
    private final ProgressReports reports;
    private final ReportingPeriods periods;
    private final PlanService plans;
    private final EvidenceFiles evidence;
    private final ReportVersions versions;
    private final Clock clock;
    private final String defaultAddressee;
    private final ApplicationEventPublisher events;

    ReportEditing(ReportRepository headers, EntryRepository entries, ProgressReports reports,
            ReportingPeriods periods, PlanService plans, EvidenceFiles evidence, ReportVersions versions, Clock clock,
            @Value("${chiso.reports.addressee}") String defaultAddressee, ApplicationEventPublisher events) {
        this.headers = headers;
        this.entries = entries;
        this.reports = reports;
        this.periods = periods;
        this.plans = plans;
        this.evidence = evidence;
        this.versions = versions;
        this.clock = clock;
        this.defaultAddressee = defaultAddressee;
        this.events = events;
    }

    /** The officer's unit's report for a period, created as an empty draft the first time. */
    public long open(long periodId, CurrentUser officer) {
        ReportingPeriodView period = periods.get(periodId);
        Long unitId = officer.unitId();
        if (unitId == null || plans.get(period.planId()).status() == PlanStatus.DRAFT
                || !periods.owingUnitIds(period.planId()).contains(unitId)) {
            throw new NotFoundException("Reporting period", periodId);
        }
        return headers.open(period.planId(), periodId, unitId, defaultAddressee, officer.fullName(), clock.instant());
    }

    /**
     * Saves what the officer typed and the files they attached (the Save button): a version of its own in the
     * history. Returns the report's new version.
     *
     * @throws RuleViolationException a value is not valid (all such problems together), or the report changed meanwhile
     */
    public int save(long reportId, ReportForm form, List<EvidenceFiles.Upload> files, CurrentUser officer) {
        return save(reportId, form, files, null, officer);
    }

    /**
     * Saves as {@link #save(long, ReportForm, List, CurrentUser)} does, with the signed PDF of the report when one
     * was chosen (it replaces the one attached before).
     */
    public int save(long reportId, ReportForm form, List<EvidenceFiles.Upload> files, EvidenceFiles.Upload signed,
            CurrentUser officer) {
        return saveDraft(reportId, form, files, signed, Boolean.TRUE.equals(form.removeSignedDocument()), officer,
                ReportEvent.SAVED);
    }

    /**
     * Saves what the form holds a few seconds after the officer stopped typing, without files. Automatic saves of
     * the same person following one another are one version in the history.
     *
     * @throws RuleViolationException as {@link #save}
     */
    public int autosave(long reportId, ReportForm form, CurrentUser officer) {
        return saveDraft(reportId, form, List.of(), null, false, officer, ReportEvent.AUTOSAVED);
    }

    /**
     * The Send button: saves the form as {@link #save} does and sends the report in one transaction, so that a
     * second click waits for the first and then finds the report sent. That repeat, the same submission by the
     * person who just made it from the same version, changes nothing and is answered as the first was. The report is
     * read once, under lock, and its header written once.
     *
     * @return what keeps the saved draft from being sent; empty once the report is sent
     * @throws RuleViolationException as {@link #save}: then nothing is saved
     */
    public Optional<RuleViolationException> saveAndSubmit(long reportId, ReportForm form,
            List<EvidenceFiles.Upload> files, EvidenceFiles.Upload signed, CurrentUser officer) {
        ReportRepository.Locked locked = lock(reportId, officer);
        if (repeatsSubmission(locked.header(), form, officer)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ReportView saved = saved(editable(locked), form, files, signed,
                Boolean.TRUE.equals(form.removeSignedDocument()), officer, now);
        versions.record(saved, ReportEvent.SAVED, officer.fullName(), null, now);
        List<RuleViolationException> missing = missingForSubmission(saved);
        if (!missing.isEmpty()) {
            headers.write(saved.header());
            return Optional.of(RuleViolationException.all(missing));
        }
        submit(saved, officer, now);
        return Optional.empty();
    }

    /**
     * Sends the report for review. Allowed after the deadline too, but the first submission decides for good whether
     * the unit reported on time (until the end of the deadline day in Vietnam).
     */
    public void submit(long reportId, CurrentUser officer) {
        ReportView report = editable(lock(reportId, officer));
        List<RuleViolationException> missing = missingForSubmission(report);
        if (!missing.isEmpty()) {
            throw RuleViolationException.all(missing);
        }
        submit(report, officer, clock.instant());
    }

    /** The report was sent by this officer from the version of this form: its save and its submission since. */
    private static boolean repeatsSubmission(ReportHeader header, ReportForm form, CurrentUser officer) {
        return header.status() == ReportStatus.SUBMITTED && form.version() != null
                && header.version() == form.version() + 2 && officer.fullName().equals(header.updatedBy());
    }

    private int saveDraft(long reportId, ReportForm form, List<EvidenceFiles.Upload> files,
            EvidenceFiles.Upload signed, boolean removeSigned, CurrentUser officer, ReportEvent event) {
        Instant now = clock.instant();
        ReportView saved = saved(editable(lock(reportId, officer)), form, files, signed, removeSigned, officer,
                now);
        headers.write(saved.header());
        versions.record(saved, event, officer.fullName(), null, now);
        return saved.header().version();
    }

    /**
     * Writes the form's entries and files over the report and returns the report as saved, its header not yet
     * written: a submission in the same transaction writes it once, with its own changes.
     */
    private ReportView saved(ReportView report, ReportForm form, List<EvidenceFiles.Upload> files,
            EvidenceFiles.Upload signed, boolean removeSigned, CurrentUser officer, Instant now) {
        ReportHeader header = report.header();
        if (form.version() == null || form.version() != header.version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        List<RuleViolationException> problems = new ArrayList<>();
        LocalDate documentDate = documentDate(form.documentDate(), problems);
        // each task's entry is named by the task's place in the report, the place the form shows it in
        ReportForm aligned = form.alignedTo(report);
        List<ReportEntry> written = new ArrayList<>();
        for (int i = 0; i < aligned.entries().size(); i++) {
            written.add(entry(header.id(), aligned.entries().get(i), "entries[" + i + "].percent", problems));
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        ReportDocument document = new ReportDocument(blankToNull(form.documentNumber()), documentDate,
                form.addressee() == null || form.addressee().isBlank() ? defaultAddressee : form.addressee().strip(),
                subject(form.subject()), lines(form.signerTitle()), blankToNull(form.signerName()),
                lines(form.recipients()));
        entries.write(written);
        ProgressReports.Attachments attached = attach(report, form, files, signed, removeSigned, document.number(),
                officer, now);
        List<TaskView> tasks = report.entries().stream().map(EntryView::task).toList();
        return ProgressReports.assemble(header.saved(document, officer.fullName(), now), tasks, written, attached);
    }

    /**
     * Stores the files chosen for the report's tasks and its signed PDF, takes off those ticked for removal, and
     * returns the report's files as they now stand: read again only when they changed.
     */
    private ProgressReports.Attachments attach(ReportView report, ReportForm form, List<EvidenceFiles.Upload> files,
            EvidenceFiles.Upload signed, boolean removeSigned, String documentNumber, CurrentUser officer,
            Instant now) {
        long reportId = report.header().id();
        long unitId = report.header().unitId();
        Set<Long> taskIds = new HashSet<>();
        report.entries().forEach(entry -> taskIds.add(entry.task().id()));
        List<EvidenceFiles.Upload> uploads = files.stream().filter(upload -> taskIds.contains(upload.slot())).toList();
        uploads.forEach(upload -> evidence.store(unitId, reportId, upload, officer.fullName(), now));
        evidence.remove(reportId, form.removeEvidence(), now);
        if (signed != null) {
            evidence.storeSigned(unitId, reportId, signed, officer.fullName(), now);
        } else if (removeSigned) {
            evidence.removeSigned(reportId, now);
        }
        boolean added = !uploads.isEmpty() || signed != null;
        if (added || !Objects.equals(documentNumber, report.header().documentNumber())) {
            evidence.numberOfReport(reportId, documentNumber);
        }
        if (added || !form.removeEvidence().isEmpty() || removeSigned) {
            return ProgressReports.Attachments.of(evidence.ofReports(List.of(reportId)));
        }
        return ProgressReports.Attachments.of(report);
    }

    /** What keeps the report, as it stands, from being sent: its number, its date, explanations owed. */
    private static List<RuleViolationException> missingForSubmission(ReportView report) {
        List<RuleViolationException> missing = new ArrayList<>();
        ReportHeader header = report.header();
        if (header.documentNumber() == null) {
            missing.add(new RuleViolationException("documentNumber", "report.documentNumber.required"));
        }
        if (header.documentDate() == null) {
            missing.add(new RuleViolationException("documentDate", "report.documentDate.required"));
        }
        for (int i = 0; i < report.entries().size(); i++) {
            EntryView entry = report.entries().get(i);
            if (entry.needsExplanation() && (entry.explanation() == null || entry.explanation().isBlank())) {
                missing.add(new RuleViolationException("entries[" + i + "].explanation",
                        "report.entry.explanation.required"));
            }
        }
        return missing;
    }

    /** Writes the report's header as sent and publishes it; the history records its version on the event. */
    private void submit(ReportView report, CurrentUser officer, Instant now) {
        ReportHeader before = report.header();
        boolean onTime = !new ReportingPeriodView(before.periodId(), before.planId(), before.periodLabel(),
                before.deadline(), null).isLate(now, clock.getZone());
        ReportView submitted = new ReportView(before.submitted(onTime, officer.fullName(), now), report.entries(),
                report.signedDocument());
        headers.write(submitted.header());
        reports.hold(submitted);
        // the history records the submitted version on this event, in this transaction (history.WorkflowVersions)
        events.publishEvent(ReportSubmitted.of(before, officer.fullName(), now, onTime));
    }

    /** The report's header and entries, locked until the transaction ends, once the officer may edit it. */
    private ReportRepository.Locked lock(long reportId, CurrentUser officer) {
        ReportRepository.Locked locked = headers.lockWithEntries(reportId)
                .orElseThrow(() -> new NotFoundException("Report", reportId));
        ReportAccess.checkEdit(locked.header(), officer);
        return locked;
    }

    /** The whole report, as long as it is a draft or returned. */
    private ReportView editable(ReportRepository.Locked locked) {
        ReportHeader header = locked.header();
        if (!header.status().editable()) {
            throw new RuleViolationException(null, "report.locked." + header.status().name());
        }
        return reports.view(header, locked.entries());
    }

    private static LocalDate documentDate(String text, List<RuleViolationException> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new DateFormatter().parse(text, null);
        } catch (DateTimeParseException e) {
            problems.add(new RuleViolationException("documentDate", "report.documentDate.invalid"));
            return null;
        }
    }

    /** One entry as stored: "done" means all of it, "not started" none of it, whatever percentage was typed. */
    private static ReportEntry entry(long reportId, EntryForm entry, String percentField,
            List<RuleViolationException> problems) {
        EntryStatus status = entry.status() == null ? EntryStatus.NOT_STARTED : entry.status();
        Integer percent = switch (status) {
            case DONE -> 100;
            case NOT_STARTED -> 0;
            case IN_PROGRESS -> percent(entry.percent(), percentField, problems);
        };
        return new ReportEntry(reportId, entry.taskId(), status, blankToNull(entry.done()), percent,
                blankToNull(entry.explanation()));
    }

    private static Integer percent(String text, String field, List<RuleViolationException> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int percent = Integer.parseInt(text.strip().replace("%", "").strip());
            if (percent >= 0 && percent <= 100) {
                return percent;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        problems.add(new RuleViolationException(field, "report.entry.percent.invalid"));
        return null;
    }

    /** The subject as it follows "V/v": typed with the "V/v" or without it, stored without. */
    private static String subject(String text) {
        String subject = blankToNull(text);
        return subject == null ? null : blankToNull(subject.replaceFirst("^(?i)v/v[.:]?\\s*", ""));
    }

    /** Lines typed one a line, without blank ones and without the dashes of a typed list ("- Như trên;"). */
    private static String lines(String text) {
        List<String> lines = ReportHeader.lines(text).stream().map(line -> line.replaceFirst("^[-–•+]\\s*", ""))
                .filter(line -> !line.isEmpty()).toList();
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
