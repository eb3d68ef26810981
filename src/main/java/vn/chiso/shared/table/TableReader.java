package vn.chiso.shared.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded results file by its content, never by its name: an XLSX workbook (its first sheet) or UTF-8
 * text separated by commas or semicolons. Anything else is refused.
 */
public final class TableReader {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private TableReader() {
    }

    public static Table read(byte[] content) throws UnreadableFileException {
        if (content.length == 0) {
            throw new UnreadableFileException("file.empty", null);
        }
        if (startsWith(content, ZIP)) {
            return xlsx(content);
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                throw new UnreadableFileException("file.type", null);
            }
        }
        return csv(content);
    }

    private static Table csv(byte[] content) throws UnreadableFileException {
        String text = utf8(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        List<Integer> lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<Table.Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (header == null) {
                    header = cells;
                } else {
                    lines.add(new Table.Line(lineOf(record.getCharacterPosition(), lineStarts), cells));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadableFileException("file.csvBroken", e);
        }
        if (header == null) {
            throw new UnreadableFileException("file.empty", null);
        }
        return new Table(header, lines.stream().filter(line -> !line.isBlank()).toList());
    }

    private static Table xlsx(byte[] content) throws UnreadableFileException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("file.empty", null);
            }
            Sheet sheet = workbook.getSheetAt(0);
            List<String> header = null;
            List<Table.Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    cells.add(text(row.getCell(column)));
                }
                Table.Line line = new Table.Line(row.getRowNum() + 1, cells);
                if (header == null) {
                    if (!line.isBlank()) {
                        header = cells;
                    }
                } else if (!line.isBlank()) {
                    lines.add(line);
                }
            }
            if (header == null) {
                throw new UnreadableFileException("file.empty", null);
            }
            return new Table(header, lines);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("file.xlsxBroken", e);
        }
    }

    /** A cell as text; numbers (also results of formulas) in plain notation with a decimal point. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> shown(cell).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String utf8(byte[] content) throws UnreadableFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("file.notUtf8", e);
        }
    }

    /** A number as the sheet shows it: a cell formatted as a percentage holds 0,8619 and shows 86,19 %. */
    private static BigDecimal shown(Cell cell) {
        BigDecimal stored = BigDecimal.valueOf(cell.getNumericCellValue());
        String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
        return format != null && format.contains("%") ? stored.movePointRight(2) : stored;
    }

    private static List<Integer> lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    /** The 1-based line on which the character at {@code position} stands. */
    private static int lineOf(long position, List<Integer> lineStarts) {
        int found = Collections.binarySearch(lineStarts, (int) position);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static long count(String text, char wanted) {
        return text.chars().filter(c -> c == wanted).count();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
