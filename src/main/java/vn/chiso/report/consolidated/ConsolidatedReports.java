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

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.timeliness.PeriodTimeliness;
import vn.chiso.report.timeliness.UnitState;
import vn.chiso.report.timeliness.UnitStatus;
import vn.chiso.shared.DateFormatter;

/**
 * Gathers a period's consolidated report: every task of the plan with what each unit wrote about it in its accepted
 * report, and every owing unit's timeliness. Seven queries whatever the number of units and reports.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedReports {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final MessageSource messages;
    private final Clock clock;

    ConsolidatedReports(JdbcTemplate jdbc, TaskService tasks, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    public ConsolidatedReport of(PlanView plan, PeriodTimeliness timeliness, ConsolidationForm form,
            String issuer) {
        Map<Long, ReportHeader> accepted = new HashMap<>();
        timeliness.units().stream().map(UnitStatus::report)
                .filter(report -> report != null && report.status() == ReportStatus.ACCEPTED)
                .forEach(report -> accepted.put(report.id(), report));
        Map<String, Object[]> entries = new HashMap<>();
        Map<String, List<String>> evidence = new HashMap<>();
        if (!accepted.isEmpty()) {
            Long[] ids = accepted.keySet().toArray(Long[]::new);
            jdbc.query("select * from report_entry where report_id = any (?)", row -> {
                entries.put(row.getLong("report_id") + "/" + row.getLong("task_id"), new Object[] {
                        EntryStatus.valueOf(row.getString("status")), row.getObject("percent", Integer.class),
                        row.getString("done"), row.getString("explanation")});
            }, (Object) ids);
            jdbc.query("select report_id, task_id, file_name from evidence where report_id = any (?)"
                    + " and removed_at is null order by id", row -> {
                evidence.computeIfAbsent(row.getLong("report_id") + "/" + row.getLong("task_id"),
                        key -> new ArrayList<>()).add(row.getString("file_name"));
            }, (Object) ids);
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
                Object[] entry = entries.get(report.id() + "/" + task.id());
                if (role == null || entry == null) {
                    continue;
                }
                unitResults.add(new ConsolidatedReport.UnitResult(report.unitName(),
                        message("report.role." + role.name()), message(((EntryStatus) entry[0]).messageKey()),
                        (Integer) entry[1], (String) entry[2], (String) entry[3],
                        evidence.getOrDefault(report.id() + "/" + task.id(), List.of())));
            }
        }
        List<ConsolidatedReport.TaskResult> results = new ArrayList<>();
        byTask.forEach((key, unitResults) -> results.add(new ConsolidatedReport.TaskResult(
                firstOfText.get(key).section(), firstOfText.get(key).text(), unitResults)));
        List<ConsolidatedReport.UnitTimeliness> units = timeliness.units().stream().map(this::timeliness).toList();
        LocalDate date = date(form.date());
        return new ConsolidatedReport(plan.issuer().toUpperCase(VIETNAMESE), issuer.toUpperCase(VIETNAMESE),
                blank(form.number()) ? message("report.consolidated.number") : form.number().strip(),
                blank(form.place()) ? place(plan.issuer()) : form.place().strip(), date,
                message("report.consolidated.title", plan.number(), DATE.format(plan.issueDate()), plan.title()),
                plan.issuer(), message("report.consolidated.introduction", plan.number(),
                        DATE.format(plan.issueDate()), plan.issuer(), timeliness.period().label()),
                timeliness.period().label(), timeliness.period().deadline(),
                timeliness.counts(),
                results, units,
                blank(form.signerTitle()) ? message("report.consolidated.signerTitle") : form.signerTitle().strip(),
                form.signerName() == null ? "" : form.signerName().strip(),
                List.of(message("report.consolidated.recipient.addressee"),
                        message("report.consolidated.recipient.archive")));
    }

    private ConsolidatedReport.UnitTimeliness timeliness(UnitStatus status) {
        ReportHeader report = status.report();
        boolean submitted = status.state() == UnitState.ON_TIME || status.state() == UnitState.LATE;
        LocalDateTime submittedAt = submitted
                ? LocalDateTime.ofInstant(report.firstSubmittedAt(), clock.getZone()) : null;
        return new ConsolidatedReport.UnitTimeliness(status.unit().name(),
                submitted ? report.documentNumber() : null, submitted ? report.documentDate() : null, submittedAt,
                message(submitted ? status.state().messageKey() : "report.state.notSent"));
    }

    private LocalDate date(String text) {
        try {
            return blank(text) ? LocalDate.now(clock) : new DateFormatter().parse(text, null);
        } catch (DateTimeParseException e) {
            return LocalDate.now(clock);
        }
    }

    /** "Ủy ban nhân dân tỉnh Khánh Hòa" is issued in "Khánh Hòa". */
    static String place(String issuer) {
        int province = issuer.toLowerCase(VIETNAMESE).lastIndexOf("tỉnh ");
        return province < 0 ? "" : issuer.substring(province + "tỉnh ".length()).strip();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
