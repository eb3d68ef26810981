package vn.chiso.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Tables as a workbook (the dashboards', the ranking's, the analysis'): one sheet per table, a title row, a header
 * row that stays in view and filters, then the rows. Numbers stay numbers (a {@link BigDecimal} keeps two decimals), dates stay dates, so that a
 * coordinator can sort and sum them.
 */
public final class XlsxTable implements AutoCloseable {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle date;
    private final CellStyle moment;
    private Sheet sheet;
    private int next;
    private int headerRow;
    private int columns;

    public XlsxTable() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        title = style(null);
        title.setFont(bold);
        header = style(null);
        header.setFont(bold);
        header.setWrapText(true);
        text = style(null);
        text.setWrapText(true);
        integer = style("0");
        decimal = style("0.00");
        date = style("dd/mm/yyyy");
        moment = style("dd/mm/yyyy hh:mm");
    }

    /**
     * Starts a sheet.
     *
     * @param widths each column's width in characters
     */
    public XlsxTable sheet(String name, String heading, List<String> headers, int... widths) {
        finishSheet();
        sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        set(sheet.createRow(0), 0, heading, title);
        headerRow = 2;
        next = headerRow + 1;
        columns = headers.size();
        Row row = sheet.createRow(headerRow);
        for (int column = 0; column < headers.size(); column++) {
            set(row, column, headers.get(column), header);
        }
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        return this;
    }

    /** One row: each value a String, Number, LocalDate, LocalDateTime or null (an empty cell). */
    public XlsxTable row(Object... values) {
        Row row = sheet.createRow(next++);
        for (int column = 0; column < values.length; column++) {
            set(row, column, values[column], null);
        }
        return this;
    }

    public ResponseEntity<byte[]> download(String fileName) {
        finishSheet();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setCreator("Chỉ Số");
            workbook.write(out);
            return ResponseEntity.ok().contentType(XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename(fileName, StandardCharsets.UTF_8).build().toString())
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close();
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishSheet() {
        if (sheet != null && columns > 0) {
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, next - 1), 0, columns - 1));
            columns = 0;
        }
    }

    private void set(Row row, int column, Object value, CellStyle style) {
        if (value == null || value instanceof String s && s.isEmpty()) {
            return;
        }
        var cell = row.createCell(column);
        if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(style != null ? style : decimal);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(style != null ? style : integer);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(style != null ? style : date);
        } else if (value instanceof LocalDateTime at) {
            cell.setCellValue(at);
            cell.setCellStyle(style != null ? style : moment);
        } else {
            cell.setCellValue(value.toString());
            cell.setCellStyle(style != null ? style : text);
        }
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (format != null) {
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
        }
        return style;
    }
}
