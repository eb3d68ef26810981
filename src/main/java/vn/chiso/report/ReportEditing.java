package vn.chiso.report;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.ReportForm.EntryForm;
import vn.chiso.document.EvidenceFiles;
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

    private final JdbcTemplate jdbc;
    private final ProgressReports reports;
    private final ReportingPeriods periods;
    private final PlanService plans;
    private final EvidenceFiles evidence;
    private final ReportVersions versions;
    private final Clock clock;
    private final String defaultAddressee;
    private final ApplicationEventPublisher events;

    ReportEditing(JdbcTemplate jdbc, ProgressReports reports, ReportingPeriods periods, PlanService plans,
            EvidenceFiles evidence, ReportVersions versions, Clock clock,
            @Value("${chiso.reports.addressee}") String defaultAddressee, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
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
        jdbc.update("""
                insert into progress_report (plan_id, period_id, unit_id, addressee, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?) on conflict (period_id, unit_id) do nothing
                """, period.planId(), periodId, unitId, defaultAddressee, officer.fullName(),
                Timestamp.from(clock.instant()));
        return jdbc.queryForObject("select id from progress_report where period_id = ? and unit_id = ?", Long.class,
                periodId, unitId);
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
        return save(reportId, form, files, signed, Boolean.TRUE.equals(form.removeSignedDocument()), officer,
                ReportEvent.SAVED);
    }

    /**
     * Saves what the form holds a few seconds after the officer stopped typing, without files. Automatic saves of
     * the same person following one another are one version in the history.
     *
     * @throws RuleViolationException as {@link #save}
     */
    public int autosave(long reportId, ReportForm form, CurrentUser officer) {
        return save(reportId, form, List.of(), null, false, officer, ReportEvent.AUTOSAVED);
    }

    /**
     * The Send button: saves the form as {@link #save} does and sends the report in one transaction, so that a
     * second click waits for the first and then finds the report sent. That repeat, the same submission by the
     * person who just made it from the same version, changes nothing and is answered as the first was.
     *
     * @return what keeps the saved draft from being sent; empty once the report is sent
     * @throws RuleViolationException as {@link #save}: then nothing is saved
     */
    public Optional<RuleViolationException> saveAndSubmit(long reportId, ReportForm form,
            List<EvidenceFiles.Upload> files, EvidenceFiles.Upload signed, CurrentUser officer) {
        if (repeatsSubmission(reportId, form, officer)) {
            return Optional.empty();
        }
        save(reportId, form, files, signed, officer);
        try {
            submit(reportId, officer);
            return Optional.empty();
        } catch (RuleViolationException incomplete) {
            return Optional.of(incomplete);
        }
    }

    /** The report was sent by this officer from the version of this form: its save and its submission since. */
    private boolean repeatsSubmission(long reportId, ReportForm form, CurrentUser officer) {
        ReportHeader header = lock(reportId);
        ReportAccess.checkEdit(header, officer);
        return header.status() == ReportStatus.SUBMITTED && form.version() != null
                && header.version() == form.version() + 2 && officer.fullName().equals(header.updatedBy());
    }

    private int save(long reportId, ReportForm form, List<EvidenceFiles.Upload> files, EvidenceFiles.Upload signed,
            boolean removeSigned, CurrentUser officer, ReportEvent event) {
        ReportView report = lockForEditing(reportId, officer);
        if (form.version() == null || form.version() != report.header().version()) {
            throw new RuleViolationException(null, "edit.concurrent");
        }
        Set<Long> taskIds = new HashSet<>();
        report.entries().forEach(entry -> taskIds.add(entry.task().id()));
        List<RuleViolationException> problems = new ArrayList<>();
        LocalDate documentDate = documentDate(form.documentDate(), problems);
        // each task's entry is named by the task's place in the report, the place the form shows it in
        ReportForm aligned = form.alignedTo(report);
        List<Object[]> entries = new ArrayList<>();
        for (int i = 0; i < aligned.entries().size(); i++) {
            entries.add(entryRow(reportId, aligned.entries().get(i), "entries[" + i + "].percent", problems));
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        List<EvidenceFiles.Upload> uploads = files.stream().filter(upload -> taskIds.contains(upload.slot())).toList();
        Instant now = clock.instant();
        jdbc.update("""
                update progress_report set document_number = ?, document_date = ?, addressee = ?, subject = ?,
                    signer_title = ?, signer_name = ?, recipients = ?, updated_by = ?, updated_at = ?,
                    version = version + 1 where id = ?
                """, blankToNull(form.documentNumber()), documentDate == null ? null : Date.valueOf(documentDate),
                form.addressee() == null || form.addressee().isBlank() ? defaultAddressee : form.addressee().strip(),
                subject(form.subject()), lines(form.signerTitle()), blankToNull(form.signerName()),
                lines(form.recipients()), officer.fullName(), Timestamp.from(now), reportId);
        jdbc.batchUpdate("""
                insert into report_entry (report_id, task_id, status, done, percent, explanation)
                values (?, ?, ?, ?, ?, ?) on conflict (report_id, task_id) do update set status = excluded.status,
                    done = excluded.done, percent = excluded.percent, explanation = excluded.explanation
                """, entries);
        long unitId = report.header().unitId();
        uploads.forEach(upload -> evidence.store(unitId, reportId, upload, officer.fullName(), now));
        evidence.remove(reportId, form.removeEvidence(), now);
        evidence.numberOfReport(reportId, blankToNull(form.documentNumber()));
        if (signed != null) {
            evidence.storeSigned(unitId, reportId, signed, officer.fullName(), now);
        } else if (removeSigned) {
            evidence.removeSigned(reportId, now);
        }
        versions.record(reports.get(reportId), event, officer.fullName(), null, now);
        return report.header().version() + 1;
    }

    /**
     * Sends the report for review. Allowed after the deadline too, but the first submission decides for good whether
     * the unit reported on time (until the end of the deadline day in Vietnam).
     */
    public void submit(long reportId, CurrentUser officer) {
        ReportView report = lockForEditing(reportId, officer);
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
        if (!missing.isEmpty()) {
            throw RuleViolationException.all(missing);
        }
        Instant now = clock.instant();
        ReportingPeriodView period = periods.get(header.periodId());
        boolean onTime = !period.isLate(now, clock.getZone());
        jdbc.update("""
                update progress_report set status = 'SUBMITTED', submitted_at = ?,
                    first_submitted_at = coalesce(first_submitted_at, ?), on_time = coalesce(on_time, ?),
                    updated_by = ?, updated_at = ?, version = version + 1 where id = ?
                """, Timestamp.from(now), Timestamp.from(now), onTime, officer.fullName(), Timestamp.from(now),
                reportId);
        // the history records the submitted version on this event, in this transaction (history.WorkflowVersions)
        events.publishEvent(ReportSubmitted.of(header, officer.fullName(), now, onTime));
    }

    private ReportHeader lock(long reportId) {
        return jdbc.query(ProgressReports.HEADER_SQL + " where r.id = ? for update of r", ProgressReports.HEADER,
                reportId).stream().findFirst().orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    private ReportView lockForEditing(long reportId, CurrentUser officer) {
        ReportHeader header = lock(reportId);
        ReportAccess.checkEdit(header, officer);
        if (!header.status().editable()) {
            throw new RuleViolationException(null, "report.locked." + header.status().name());
        }
        return reports.view(header);
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
    private static Object[] entryRow(long reportId, EntryForm entry, String percentField,
            List<RuleViolationException> problems) {
        EntryStatus status = entry.status() == null ? EntryStatus.NOT_STARTED : entry.status();
        Integer percent = switch (status) {
            case DONE -> 100;
            case NOT_STARTED -> 0;
            case IN_PROGRESS -> percent(entry.percent(), percentField, problems);
        };
        return new Object[] {reportId, entry.taskId(), status.name(), blankToNull(entry.done()), percent,
                blankToNull(entry.explanation())};
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
