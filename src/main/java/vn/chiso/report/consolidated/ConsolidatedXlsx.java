package vn.chiso.report.consolidated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chiso.report.timeliness.Counts;
import vn.chiso.report.consolidated.ConsolidatedReport.TaskResult;
import vn.chiso.report.consolidated.ConsolidatedReport.UnitResult;
import vn.chiso.report.consolidated.ConsolidatedReport.UnitTimeliness;

/**
 * The figures of the consolidated report as a workbook, for those who sort and filter them: who sent their report
 * and when, and one row per task and unit result. Numbers and dates are real numbers and dates, not text; labels are
 * in the reader's language.
 */
@Component
public class ConsolidatedXlsx {

    private final MessageSource messages;

    ConsolidatedXlsx(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(ConsolidatedReport report, Locale locale) {
        Labels text = new Labels(messages, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = Styles.of(workbook);
            sending(workbook.createSheet(text.get("report.consolidated.sheet.sending")), report, styles, text);
            results(workbook.createSheet(text.get("report.consolidated.sheet.results")), report.tasks(), styles, text);
            workbook.getProperties().getCoreProperties().setTitle(report.title());
            workbook.getProperties().getCoreProperties().setCreator(text.get("app.name"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sending(Sheet sheet, ConsolidatedReport report, Styles styles, Labels text) {
        text(sheet.createRow(0), 0, text.get("report.consolidated.annex.title"), styles.title());
        Row about = sheet.createRow(1);
        about.setHeightInPoints(32);
        text(about, 0, text.get("report.consolidated.sheet.about", report.number(), report.title()), styles.wrapped());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 5));

        // Labels in the wide unit-name column, values beside them.
        Counts counts = report.counts();
        int row = 2;
        date(label(sheet, row++, text.get("report.consolidated.label.deadline"), styles), 2, report.deadline(),
                styles.date());
        number(label(sheet, row++, text.get("report.consolidated.label.owing"), styles), 2, counts.owing(),
                styles.integer());
        number(label(sheet, row++, text.get("report.consolidated.label.submitted"), styles), 2, counts.submitted(),
                styles.integer());
        number(label(sheet, row++, text.get("report.consolidated.label.onTime"), styles), 2, counts.onTime(),
                styles.integer());
        number(label(sheet, row++, text.get("report.consolidated.label.late"), styles), 2, counts.late(),
                styles.integer());
        number(label(sheet, row++, text.get("report.consolidated.label.notSent"), styles), 2, counts.notSent(),
                styles.integer());
        number(label(sheet, row++, text.get("report.consolidated.label.reportingRate"), styles), 2,
                counts.reportingRate(), styles.decimal());
        number(label(sheet, row++, text.get("report.consolidated.label.onTimeRate"), styles), 2,
                counts.onTimeRate(), styles.decimal());

        int header = row + 1;
        headers(sheet.createRow(header), styles, text.get("report.consolidated.column.order"),
                text.get("report.consolidated.column.unit"), text.get("report.consolidated.column.documentNumber"),
                text.get("report.consolidated.column.documentDate"), text.get("report.consolidated.column.submittedAt"),
                text.get("report.consolidated.column.state"));
        List<UnitTimeliness> units = report.units();
        for (int i = 0; i < units.size(); i++) {
            UnitTimeliness unit = units.get(i);
            Row line = sheet.createRow(header + 1 + i);
            number(line, 0, i + 1, styles.integer());
            text(line, 1, unit.unitName(), styles.wrapped());
            text(line, 2, unit.documentNumber(), styles.text());
            date(line, 3, unit.documentDate(), styles.date());
            dateTime(line, 4, unit.submittedAt(), styles.dateTime());
            text(line, 5, unit.state(), styles.text());
        }
        table(sheet, header, Math.max(header, header + units.size()), 6, 40, 18, 14, 18, 14);
    }

    private static void results(Sheet sheet, List<TaskResult> tasks, Styles styles, Labels text) {
        headers(sheet.createRow(0), styles, text.get("report.consolidated.column.section"),
                text.get("report.consolidated.column.task"), text.get("report.consolidated.column.resultUnit"),
                text.get("report.consolidated.column.unitReport"), text.get("report.consolidated.column.unitReportDate"),
                text.get("report.consolidated.column.role"), text.get("report.consolidated.column.status"),
                text.get("report.consolidated.column.percent"), text.get("report.consolidated.column.done"),
                text.get("report.consolidated.column.explanation"), text.get("report.consolidated.column.evidence"));
        int row = 1;
        for (TaskResult task : tasks) {
            if (task.results().isEmpty()) {
                task(sheet.createRow(row++), task, styles);
            }
            for (UnitResult result : task.results()) {
                Row line = sheet.createRow(row++);
                task(line, task, styles);
                text(line, 2, result.unitName(), styles.wrapped());
                text(line, 3, result.documentNumber(), styles.text());
                date(line, 4, result.documentDate(), styles.date());
                text(line, 5, result.role(), styles.text());
                text(line, 6, result.status(), styles.text());
                number(line, 7, result.percent(), styles.integer());
                text(line, 8, result.done(), styles.wrapped());
                text(line, 9, result.explanation(), styles.wrapped());
                text(line, 10, String.join(", ", result.evidenceNames()), styles.wrapped());
            }
        }
        table(sheet, 0, Math.max(1, row - 1), 8, 50, 28, 16, 12, 11, 16, 13, 50, 40, 30);
    }

    private static void task(Row row, TaskResult task, Styles styles) {
        text(row, 0, task.section(), styles.text());
        text(row, 1, task.text(), styles.wrapped());
    }

    private static Row label(Sheet sheet, int index, String label, Styles styles) {
        Row row = sheet.createRow(index);
        text(row, 1, label, styles.label());
        return row;
    }

    private static void headers(Row row, Styles styles, String... titles) {
        for (int column = 0; column < titles.length; column++) {
            text(row, column, titles[column], styles.header());
        }
    }

    /** Column widths in characters; the header row stays in view and filters the rows below it. */
    private static void table(Sheet sheet, int header, int last, int... widths) {
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, header + 1);
        sheet.setAutoFilter(new CellRangeAddress(header, last, 0, widths.length - 1));
    }

    /** A text cell; lines typed in a browser (CR LF) end with LF alone, as a spreadsheet breaks them. */
    private static void text(Row row, int column, String value, CellStyle style) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value.replace("\r\n", "\n").replace('\r', '\n'));
            row.getCell(column).setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Number value, CellStyle style) {
        if (value != null) {
            double number = value instanceof BigDecimal decimal ? decimal.doubleValue() : value.doubleValue();
            row.createCell(column).setCellValue(number);
            row.getCell(column).setCellStyle(style);
        }
    }

    private static void date(Row row, int column, LocalDate value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }

    private static void dateTime(Row row, int column, LocalDateTime value, CellStyle style) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
            row.getCell(column).setCellStyle(style);
        }
    }

    private record Styles(CellStyle title, CellStyle header, CellStyle label, CellStyle text, CellStyle wrapped,
            CellStyle integer, CellStyle decimal, CellStyle date, CellStyle dateTime) {

        static Styles of(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font large = workbook.createFont();
            large.setBold(true);
            large.setFontHeightInPoints((short) 13);

            CellStyle title = top(workbook);
            title.setFont(large);
            CellStyle header = top(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            CellStyle label = top(workbook);
            label.setFont(bold);
            CellStyle wrapped = top(workbook);
            wrapped.setWrapText(true);
            return new Styles(title, header, label, top(workbook), wrapped, formatted(workbook, "0"),
                    formatted(workbook, "0.00"), formatted(workbook, "dd/mm/yyyy"),
                    formatted(workbook, "dd/mm/yyyy hh:mm"));
        }

        // Wrapped cells grow downwards, so every cell reads from the top of its row.
        private static CellStyle top(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private static CellStyle formatted(Workbook workbook, String format) {
            CellStyle style = top(workbook);
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }
    }
}
