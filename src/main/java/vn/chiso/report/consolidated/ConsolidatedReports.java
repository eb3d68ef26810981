package vn.chiso.report.consolidated;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEntry;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.timeliness.PeriodTimeliness;
import vn.chiso.report.timeliness.UnitState;
import vn.chiso.report.timeliness.UnitStatus;
import vn.chiso.shared.DateFormatter;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;

/**
 * Gathers a period's consolidated report: every task of the plan with what each unit wrote about it in its accepted
 * report, and every owing unit's timeliness, issued by the consolidating unit ({@code chiso.reports.consolidating-unit},
 * Sở Nội vụ) whoever downloads it. Eight queries whatever the number of units and reports.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedReports {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProgressReports reports;
    private final TaskService tasks;
    private final EvidenceFiles files;
    private final UnitService units;
    private final MessageSource messages;
    private final Clock clock;
    private final String consolidatingUnit;

    ConsolidatedReports(ProgressReports reports, TaskService tasks, EvidenceFiles files, UnitService units,
            MessageSource messages, Clock clock,
            @Value("${chiso.reports.consolidating-unit:SNV}") String consolidatingUnit) {
        this.reports = reports;
        this.tasks = tasks;
        this.files = files;
        this.units = units;
        this.messages = messages;
        this.clock = clock;
        this.consolidatingUnit = consolidatingUnit.strip();
    }

    /** The unit that issues the consolidated report: its name and the suffix of its report numbers ("BC-SNV"). */
    public IssuingBody issuingBody() {
        return units.findByCode(consolidatingUnit)
                .map(unit -> new IssuingBody(unit.name(), "BC-" + unit.code()))
                .orElseGet(() -> new IssuingBody("", "BC-" + consolidatingUnit));
    }

    /**
     * The consolidated report in the reader's language, with the defaults for what the form leaves blank.
     *
     * @throws RuleViolationException the date typed in the form is not a date
     */
    public ConsolidatedReport of(PlanView plan, PeriodTimeliness timeliness, ConsolidationForm form, Locale locale) {
        LocalDate date = date(form.date());
        IssuingBody issuer = issuingBody();
        Map<Long, ReportHeader> accepted = new HashMap<>();
        timeliness.units().stream().map(UnitStatus::report)
                .filter(report -> report != null && report.status() == ReportStatus.ACCEPTED)
                .forEach(report -> accepted.put(report.id(), report));
        Map<String, ReportEntry> entries = new HashMap<>();
        Map<String, List<String>> evidence = new HashMap<>();
        if (!accepted.isEmpty()) {
            reports.entries(accepted.keySet())
                    .forEach(entry -> entries.put(entry.reportId() + "/" + entry.taskId(), entry));
            files.ofReports(accepted.keySet()).stream().filter(file -> file.taskId() != null)
                    .forEach(file -> evidence.computeIfAbsent(file.reportId() + "/" + file.taskId(),
                            key -> new ArrayList<>()).add(file.fileName()));
        }
        // a task given to every department is one task per department in the plan, but one paragraph in the report
        Map<String, List<ConsolidatedReport.UnitResult>> byTask = new LinkedHashMap<>();
        Map<String, TaskView> firstOfText = new HashMap<>();
        List<ReportHeader> byUnitName = accepted.values().stream()
                .sorted(Comparator.comparing(ReportHeader::unitName)).toList();
        for (TaskView task : tasks.of(plan.id())) {
            if (!task.reported()) {
                continue;
            }
            String key = task.section() + "\n" + task.text();
            firstOfText.putIfAbsent(key, task);
            List<ConsolidatedReport.UnitResult> unitResults = byTask.computeIfAbsent(key, k -> new ArrayList<>());
            for (ReportHeader report : byUnitName) {
                AssignmentRole role = ProgressReports.roleOf(task, report.unitId());
                ReportEntry entry = entries.get(report.id() + "/" + task.id());
                if (role == null || entry == null) {
                    continue;
                }
                unitResults.add(new ConsolidatedReport.UnitResult(report.unitName(),
                        message(locale, "report.role." + role.name()),
                        message(locale, entry.status().messageKey()), entry.percent(), entry.done(),
                        entry.explanation(),
                        evidence.getOrDefault(report.id() + "/" + task.id(), List.of()), report.documentNumber(),
                        report.documentDate()));
            }
        }
        List<ConsolidatedReport.TaskResult> results = new ArrayList<>();
        byTask.forEach((key, unitResults) -> results.add(new ConsolidatedReport.TaskResult(
                firstOfText.get(key).section(), firstOfText.get(key).text(), unitResults)));
        List<ConsolidatedReport.UnitTimeliness> owing = timeliness.units().stream()
                .map(status -> timeliness(status, locale)).toList();
        return new ConsolidatedReport(plan.issuer().toUpperCase(VIETNAMESE), issuer.name().toUpperCase(VIETNAMESE),
                blank(form.number()) ? message(locale, "report.consolidated.number", issuer.numberSuffix())
                        : form.number().strip(),
                blank(form.place()) ? place(plan.issuer()) : form.place().strip(), date,
                message(locale, "report.consolidated.title", plan.number(), DATE.format(plan.issueDate()),
                        midSentence(plan.title())),
                plan.issuer(), message(locale, "report.consolidated.introduction", plan.number(),
                        DATE.format(plan.issueDate()), plan.issuer(), timeliness.period().label(), issuer.name()),
                timeliness.period().label(), timeliness.period().deadline(),
                timeliness.counts(),
                results, owing,
                blank(form.signerTitle()) ? message(locale, "report.consolidated.signerTitle")
                        : form.signerTitle().strip(),
                form.signerName() == null ? "" : form.signerName().strip(),
                List.of(message(locale, "report.consolidated.recipient.addressee"),
                        message(locale, "report.consolidated.recipient.archive")));
    }

    private ConsolidatedReport.UnitTimeliness timeliness(UnitStatus status, Locale locale) {
        ReportHeader report = status.report();
        boolean submitted = status.state() == UnitState.ON_TIME || status.state() == UnitState.LATE;
        LocalDateTime submittedAt = submitted
                ? LocalDateTime.ofInstant(report.firstSubmittedAt(), clock.getZone()) : null;
        return new ConsolidatedReport.UnitTimeliness(status.unit().name(),
                submitted ? report.documentNumber() : null, submitted ? report.documentDate() : null, submittedAt,
                message(locale, submitted ? status.state().messageKey() : "report.state.notSent"));
    }

    /** Today when left blank; a date that cannot be read is refused, never silently replaced. */
    private LocalDate date(String text) {
        if (blank(text)) {
            return LocalDate.now(clock);
        }
        try {
            return new DateFormatter().parse(text, null);
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("date", "report.consolidated.date.invalid");
        }
    }

    /**
     * A plan's title as it reads after "về": "Cải thiện và nâng cao Chỉ số…" becomes "cải thiện và nâng cao Chỉ
     * số…", while a title opening on an acronym ("PAPI năm 2023", "UBND…") keeps it.
     */
    static String midSentence(String title) {
        String text = title.strip();
        if (text.length() < 2 || !Character.isUpperCase(text.codePointAt(0))) {
            return text;
        }
        int second = text.offsetByCodePoints(0, 1);
        if (!Character.isLowerCase(text.codePointAt(second))) {
            return text;
        }
        return text.substring(0, second).toLowerCase(VIETNAMESE) + text.substring(second);
    }

    /** "Ủy ban nhân dân tỉnh Khánh Hòa" is issued in "Khánh Hòa". */
    static String place(String issuer) {
        int province = issuer.toLowerCase(VIETNAMESE).lastIndexOf("tỉnh ");
        return province < 0 ? "" : issuer.substring(province + "tỉnh ".length()).strip();
    }

    private String message(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
