package vn.chiso.assessment.round;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.Decimals;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.shared.table.Table;
import vn.chiso.shared.table.TableReader;
import vn.chiso.shared.table.UnreadableFileException;
import vn.chiso.user.CurrentUser;

/**
 * The sociological survey's points of each enrolled unit, typed on a page or imported from a file of unit codes and
 * points. Either every value is saved or, when one is refused, none.
 */
@Service
@Transactional
public class SurveyPoints {

    public static final int MAX_MEGABYTES = 5;
    public static final int MAX_LINES = 5000;

    private final SurveyPointRepository points;
    private final Clock clock;

    SurveyPoints(SurveyPointRepository points, Clock clock) {
        this.points = points;
        this.clock = clock;
    }

    /** Every enrolled unit of the year: departments first, then districts, then communes, each by name. */
    @Transactional(readOnly = true)
    public List<SurveyLine> lines(int year) {
        return points.lines(year).stream().sorted(Comparator.comparing(SurveyLine::kind)
                .thenComparing(SurveyLine::unitName).thenComparing(SurveyLine::unitId)).toList();
    }

    /**
     * Saves the typed points; blank means not entered.
     *
     * @return how many units' points changed
     * @throws RuleViolationException every refused line, on {@code lines[i].points}; nothing is saved then
     */
    public int save(int year, SurveyForm form, CurrentUser coordinator) {
        Map<Long, SurveyLine> lines = lines(year).stream()
                .collect(Collectors.toMap(SurveyLine::assessmentId, Function.identity()));
        List<RuleViolationException> problems = new ArrayList<>();
        Map<SurveyLine, BigDecimal> changes = new HashMap<>();
        for (int i = 0; i < form.lines().size(); i++) {
            SurveyForm.Entry entry = form.lines().get(i);
            String field = "lines[" + i + "].points";
            SurveyLine line = entry.assessmentId() == null ? null : lines.get(entry.assessmentId());
            if (line == null) {
                problems.add(new RuleViolationException(field, "assessment.survey.notEnrolled"));
                continue;
            }
            SurveyValue value = SurveyValue.check(entry.points(), line);
            if (!value.accepted()) {
                problems.add(new RuleViolationException(field, value.problem(), value.args()));
            } else if (SurveyValue.changed(value.points(), line)) {
                changes.put(line, value.points());
            }
        }
        if (!problems.isEmpty()) {
            throw RuleViolationException.all(problems);
        }
        return write(changes, coordinator);
    }

    /**
     * Imports a CSV or XLSX file whose lines are a unit code and its points (a first line of column names is
     * skipped). Units the file does not name keep their points.
     *
     * @return the problems of the file line by line (nothing saved), or none when every line was saved
     * @throws RuleViolationException on {@code file} when the file cannot be read at all
     */
    public Imported importFile(int year, byte[] content, CurrentUser coordinator) {
        if (content.length > MAX_MEGABYTES * 1024L * 1024L) {
            throw new RuleViolationException("file", "import.file.tooLarge", MAX_MEGABYTES);
        }
        Table table;
        try {
            table = TableReader.read(content);
        } catch (UnreadableFileException unreadable) {
            throw new RuleViolationException("file", unreadable.messageKey());
        }
        List<Table.Line> rows = new ArrayList<>();
        // a file without column names: its first line holds points already
        if (Decimals.parse(new Table.Line(1, table.header()).cell(1)).isPresent()) {
            rows.add(new Table.Line(1, table.header()));
        }
        rows.addAll(table.lines());
        if (rows.isEmpty()) {
            throw new RuleViolationException("file", "file.empty");
        }
        if (rows.size() > MAX_LINES) {
            throw new RuleViolationException("file", "import.file.tooManyLines", rows.size(), MAX_LINES);
        }
        Map<String, SurveyLine> byCode = lines(year).stream()
                .collect(Collectors.toMap(line -> line.unitCode().toUpperCase(Locale.ROOT), Function.identity()));
        Map<String, Integer> seen = new HashMap<>();
        List<SurveyImportProblem> problems = new ArrayList<>();
        Map<SurveyLine, BigDecimal> changes = new HashMap<>();
        for (Table.Line row : rows) {
            String code = row.cell(0).toUpperCase(Locale.ROOT);
            SurveyLine line = byCode.get(code);
            if (code.isEmpty()) {
                problems.add(new SurveyImportProblem(row.number(), "assessment.survey.import.noCode", new Object[0]));
            } else if (line == null) {
                problems.add(new SurveyImportProblem(row.number(), "assessment.survey.import.unknownUnit",
                        new Object[] {row.cell(0), year}));
            } else if (seen.containsKey(code)) {
                problems.add(new SurveyImportProblem(row.number(), "assessment.survey.import.duplicate",
                        new Object[] {row.cell(0), seen.get(code)}));
            } else if (row.cells().size() > 2 && !new Table.Line(row.number(), row.cells().subList(2,
                    row.cells().size())).isBlank()) {
                // "STC,8,5" in a comma-separated file would otherwise be read as 8 points
                problems.add(new SurveyImportProblem(row.number(), "assessment.survey.import.extraColumns",
                        new Object[0]));
            } else if (row.cell(1).isEmpty()) {
                problems.add(new SurveyImportProblem(row.number(), "assessment.survey.import.noPoints",
                        new Object[] {row.cell(0)}));
            } else {
                seen.put(code, row.number());
                SurveyValue value = SurveyValue.check(row.cell(1), line);
                if (!value.accepted()) {
                    problems.add(new SurveyImportProblem(row.number(), value.problem(), value.args()));
                } else if (SurveyValue.changed(value.points(), line)) {
                    changes.put(line, value.points());
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Imported(0, problems);
        }
        write(changes, coordinator);
        return new Imported(rows.size(), List.of());
    }

    private int write(Map<SurveyLine, BigDecimal> changes, CurrentUser coordinator) {
        Instant now = clock.instant();
        points.write(changes.entrySet().stream().map(change -> new SurveyPointRepository.Change(
                change.getKey().assessmentId(), change.getValue(), coordinator.fullName(), now)).toList());
        return changes.size();
    }

    /**
     * The outcome of an import.
     *
     * @param saved the lines of the file saved (all of them, or none when a line was refused)
     */
    public record Imported(int saved, List<SurveyImportProblem> problems) {

        public boolean refused() {
            return !problems.isEmpty();
        }
    }
}
