package vn.chiso.plan.task;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.chiso.index.IndicatorView;
import vn.chiso.plan.PlanView;
import vn.chiso.shared.DateFormatter;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.VietnameseText;
import vn.chiso.shared.table.Table;
import vn.chiso.unit.UnitView;

/**
 * Checks a task file line by line: section, task, lead unit, coordinating units (separated by ";" or line breaks),
 * deadline (dd/mm/yyyy), expected output and indicator codes. Every problem is collected with its place.
 */
final class TaskImportCheck {

    private static final Pattern SECTION = Pattern.compile("^[\\p{L}\\p{N}.\\-]+$");
    private static final Pattern LIST = Pattern.compile("[;\\n]+");
    private static final Pattern CODES = Pattern.compile("[;,\\s]+");
    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        for (String header : List.of("section", "muc", "so muc", "muc so")) {
            HEADERS.put(header, "section");
        }
        for (String header : List.of("text", "task", "nhiem vu", "noi dung", "nhiem vu giai phap")) {
            HEADERS.put(header, "text");
        }
        for (String header : List.of("lead", "lead unit", "chu tri", "don vi chu tri", "co quan chu tri")) {
            HEADERS.put(header, "lead");
        }
        for (String header : List.of("coordinating", "coordinating units", "phoi hop", "don vi phoi hop",
                "co quan phoi hop")) {
            HEADERS.put(header, "coordinating");
        }
        for (String header : List.of("deadline", "thoi han", "han", "han hoan thanh")) {
            HEADERS.put(header, "deadline");
        }
        for (String header : List.of("expected output", "output", "san pham", "ket qua du kien")) {
            HEADERS.put(header, "output");
        }
        for (String header : List.of("indicators", "chi so", "ma chi so", "chi tieu")) {
            HEADERS.put(header, "indicators");
        }
    }

    private final PlanView plan;
    private final UnitNames units;
    private final Map<String, Long> indicators;
    private final List<TaskImportProblem> problems = new ArrayList<>();
    private final Map<String, Integer> columns = new HashMap<>();

    private TaskImportCheck(PlanView plan, List<UnitView> activeUnits, List<IndicatorView> planIndicators) {
        this.plan = plan;
        this.units = new UnitNames(activeUnits);
        this.indicators = new HashMap<>();
        planIndicators.forEach(indicator -> indicators.put(indicator.code().toUpperCase(java.util.Locale.ROOT),
                indicator.id()));
    }

    static TaskImportPreview check(Table table, String fileName, PlanView plan, List<UnitView> activeUnits,
            List<IndicatorView> planIndicators, int maxLines) {
        TaskImportCheck check = new TaskImportCheck(plan, activeUnits, planIndicators);
        if (table.lines().size() > maxLines) {
            check.problems.add(TaskImportProblem.at(0, -1, "task.import.tooManyLines", table.lines().size(), maxLines));
            return new TaskImportPreview(fileName, check.problems, List.of());
        }
        check.header(table.header());
        List<TaskImportRow> rows = new ArrayList<>();
        if (check.problems.isEmpty()) {
            table.lines().forEach(line -> check.line(line).ifPresent(rows::add));
        }
        return new TaskImportPreview(fileName, check.problems, rows);
    }

    private void header(List<String> header) {
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column) == null ? "" : VietnameseText.fold(header.get(column));
            if (name.isEmpty()) {
                continue;
            }
            String field = HEADERS.get(name);
            if (field == null) {
                problems.add(TaskImportProblem.at(1, column, "task.import.header.unknown", header.get(column)));
            } else if (columns.putIfAbsent(field, column) != null) {
                problems.add(TaskImportProblem.at(1, column, "task.import.header.duplicate", header.get(column)));
            }
        }
        for (String required : Set.of("section", "text", "lead")) {
            if (!columns.containsKey(required)) {
                problems.add(TaskImportProblem.at(1, -1, "task.import.header.missing." + required));
            }
        }
    }

    private Optional<TaskImportRow> line(Table.Line line) {
        int before = problems.size();
        String section = cell(line, "section");
        if (section.isEmpty() || !SECTION.matcher(section).matches()) {
            problems.add(TaskImportProblem.at(line.number(), columns.get("section"), "task.import.section", section));
        }
        String text = cell(line, "text");
        if (text.isEmpty()) {
            problems.add(TaskImportProblem.at(line.number(), columns.get("text"), "task.import.text"));
        }
        String leadText = cell(line, "lead");
        Optional<String> lead = leadText.isEmpty() ? Optional.empty() : units.lead(leadText);
        if (leadText.isEmpty()) {
            problems.add(TaskImportProblem.at(line.number(), columns.get("lead"), "task.import.lead.missing"));
        } else if (lead.isEmpty()) {
            problems.add(TaskImportProblem.at(line.number(), columns.get("lead"), "task.import.unit.unknown", leadText));
        }
        List<Long> coordinating = new ArrayList<>();
        for (String name : LIST.split(cell(line, "coordinating"))) {
            if (!name.isBlank()) {
                units.units(name.strip()).ifPresentOrElse(coordinating::addAll, () -> problems.add(TaskImportProblem
                        .at(line.number(), columns.get("coordinating"), "task.import.unit.unknown", name.strip())));
            }
        }
        LocalDate deadline = deadline(line);
        List<Long> indicatorIds = new ArrayList<>();
        for (String code : CODES.split(cell(line, "indicators"))) {
            if (!code.isBlank()) {
                Long id = indicators.get(code.strip().toUpperCase(java.util.Locale.ROOT));
                if (id == null) {
                    problems.add(TaskImportProblem.at(line.number(), columns.get("indicators"),
                            "task.import.indicator.unknown", code.strip()));
                } else {
                    indicatorIds.add(id);
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        String output = cell(line, "output");
        TaskForm form = new TaskForm(section, text, output.isEmpty() ? null : output, deadline, true, lead.get(),
                coordinating, indicatorIds, null);
        return Optional.of(new TaskImportRow(line.number(), form, leadText, cell(line, "coordinating")));
    }

    /**
     * A deadline as people type it (30/6/2023, read as strictly as the task form reads it: 31/2/2023 is no date) or as
     * a spreadsheet stores a date (a day count from 1899-12-30).
     */
    private LocalDate deadline(Table.Line line) {
        String text = cell(line, "deadline");
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = null;
        try {
            date = new DateFormatter().parse(text, null);
        } catch (DateTimeParseException notDayMonthYear) {
            Optional<Integer> serial = Decimals.parseWhole(text).filter(days -> days > 20000 && days < 80000);
            if (serial.isPresent()) {
                date = LocalDate.of(1899, 12, 30).plusDays(serial.get());
            }
        }
        if (date == null) {
            problems.add(TaskImportProblem.at(line.number(), columns.get("deadline"), "task.import.deadline.invalid",
                    text));
        } else if (!plan.covers(date)) {
            problems.add(TaskImportProblem.at(line.number(), columns.get("deadline"), "task.deadline.outsidePlan",
                    plan.period()));
            return null;
        }
        return date;
    }

    private String cell(Table.Line line, String field) {
        Integer column = columns.get(field);
        return column == null ? "" : line.cell(column);
    }
}
