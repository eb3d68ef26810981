package vn.chiso.assessment.round;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A round's tables as a workbook: per sheet a title, a header row that stays in view and filters, then the rows.
 * Numbers stay numbers and moments stay dates, so that a coordinator can sort and sum them.
 */
final class RoundSheet {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle moment;
    private Sheet sheet;
    private int next;
    private int columns;

    RoundSheet() {
        Font font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        bold.setWrapText(true);
        integer = style("0");
        decimal = style("0.00");
        moment = style("dd/mm/yyyy hh:mm");
    }

    /** Starts a sheet; {@code widths} in characters. */
    RoundSheet sheet(String name, String title, List<String> headers, int... widths) {
        finish();
        sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        sheet.createRow(0).createCell(0).setCellValue(title);
        sheet.getRow(0).getCell(0).setCellStyle(bold);
        Row header = sheet.createRow(2);
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(bold);
        }
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        columns = headers.size();
        next = 3;
        return this;
    }

    /** One row: each value a String, Number, LocalDateTime or {@code null} (an empty cell). */
    RoundSheet row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(decimal);
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                cell.setCellStyle(integer);
            } else if (value instanceof LocalDateTime at) {
                cell.setCellValue(at);
                cell.setCellStyle(moment);
            } else {
                cell.setCellValue(value.toString());
            }
        }
        return this;
    }

    byte[] bytes() {
        finish();
        try (XSSFWorkbook book = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getProperties().getCoreProperties().setCreator("Chỉ Số");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finish() {
        if (sheet != null && columns > 0) {
            sheet.createFreezePane(0, 3);
            sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, next - 1), 0, columns - 1));
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
