package vn.chiso.report.consolidated;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chiso.report.timeliness.Counts;
import vn.chiso.report.consolidated.ConsolidatedReport.TaskResult;
import vn.chiso.report.consolidated.ConsolidatedReport.UnitResult;
import vn.chiso.report.consolidated.ConsolidatedReport.UnitTimeliness;

/**
 * The consolidated report as a Word document laid out as an administrative report of Decree 30/2020/NĐ-CP: A4,
 * Times New Roman, the two-column header with the national motto, the signature block, and an annex listing when each
 * unit sent its report. Its texts come from the message bundles, in the reader's language.
 */
@Component
public class ConsolidatedDocx {

    private static final String FONT = "Times New Roman";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A date in running text, as the seeds write it: "27/9/2023". */
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");
    private static final DateTimeFormatter TIME_AND_DATE = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    // Lengths in twentieths of a point; 1 mm is 56.7 of them.
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN_TOP = 1134;
    private static final int MARGIN_BOTTOM = 1134;
    private static final int MARGIN_LEFT = 1701;
    private static final int MARGIN_RIGHT = 850;
    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int FIRST_LINE_INDENT = 567;
    private static final int SPACING = 120;

    private static final int BODY = 14;
    private static final int TABLE = 13;

    private final MessageSource messages;

    ConsolidatedDocx(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(ConsolidatedReport report, Locale locale) {
        Labels text = new Labels(messages, locale);
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            header(document, report, text);
            title(document, report, text);
            sending(document, report, text);
            tasks(document, report.tasks(), text);
            signature(document, report, text);
            annex(document, report, text);
            document.getProperties().getCoreProperties().setTitle(report.title());
            document.getProperties().getCoreProperties().setCreator(text.get("app.name"));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));

        // Document defaults too, so that empty lines and paragraph marks have the same font as the text.
        CTRPr defaults = document.createStyles().getDefaultRunStyle().getRPr();
        CTFonts fonts = defaults.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        defaults.addNewSz().setVal(BigInteger.valueOf(BODY * 2));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(BODY * 2));
        defaults.addNewLang().setVal("vi-VN");
    }

    private static void header(XWPFDocument document, ConsolidatedReport report, Labels text) {
        int left = 3800;
        int right = TEXT_WIDTH - left;
        XWPFTable table = document.createTable(2, 2);
        table.removeBorders();
        // No side padding: the motto and a long place-and-date line need the whole width.
        table.setCellMargins(0, 0, 0, 0);

        XWPFTableCell issuing = table.getRow(0).getCell(0);
        for (String line : headerLines(upper(report.authority()))) {
            run(paragraph(issuing, ParagraphAlignment.CENTER), line, 13);
        }
        List<String> issuer = headerLines(upper(report.issuer()));
        for (String line : issuer) {
            run(paragraph(issuing, ParagraphAlignment.CENTER), line, 13).setBold(true);
        }
        int longest = issuer.stream().mapToInt(String::length).max().orElse(0);
        shortLine(paragraph(issuing, ParagraphAlignment.CENTER), left, ruleLength(longest * 170));

        XWPFTableCell motto = table.getRow(0).getCell(1);
        run(paragraph(motto, ParagraphAlignment.CENTER), text.get("report.consolidated.motto.country"), 12)
            .setBold(true);
        XWPFRun independence = run(paragraph(motto, ParagraphAlignment.CENTER),
                text.get("report.consolidated.motto.independence"), 13);
        independence.setBold(true);
        independence.setUnderline(UnderlinePatterns.SINGLE);

        XWPFParagraph number = paragraph(table.getRow(1).getCell(0), ParagraphAlignment.CENTER);
        number.setSpacingBefore(SPACING);
        run(number, text.get("report.consolidated.numberLine", report.number()), 13);
        XWPFParagraph placeAndDate = paragraph(table.getRow(1).getCell(1), ParagraphAlignment.CENTER);
        placeAndDate.setSpacingBefore(SPACING);
        // 14 pt unless a long place name would not fit on one line; the decree allows 13.
        String dated = placeAndDate(text, report.place(), report.date());
        run(placeAndDate, dated, dated.length() > 40 ? 13 : BODY).setItalic(true);

        columns(table, left, right);
    }

    /**
     * A name too long for the left column (about 21 capitals at 13 pt) split into two balanced lines, as clerks do:
     * "ỦY BAN NHÂN DÂN" over "TỈNH KHÁNH HÒA" rather than a lone last word.
     */
    static List<String> headerLines(String name) {
        if (name.length() <= 21 || !name.contains(" ")) {
            return List.of(name);
        }
        int best = name.indexOf(' ');
        for (int space = best; space >= 0; space = name.indexOf(' ', space + 1)) {
            if (Math.abs(name.length() - 2 * space) < Math.abs(name.length() - 2 * best)) {
                best = space;
            }
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }

    /** "Khánh Hòa, ngày 05 tháng 02 năm 2024": days below 10 and months 1 and 2 with a leading zero (Decree 30). */
    static String placeAndDate(Labels text, String place, LocalDate date) {
        int month = date.getMonthValue();
        return text.get("report.consolidated.placeAndDate", place, "%02d".formatted(date.getDayOfMonth()),
                month <= 2 ? "0" + month : String.valueOf(month), date.getYear(), DATE.format(date));
    }

    private static void title(XWPFDocument document, ConsolidatedReport report, Labels text) {
        XWPFParagraph kind = centred(document);
        kind.setSpacingBefore(3 * SPACING);
        run(kind, text.get("report.consolidated.kind"), BODY).setBold(true);
        run(centred(document), report.title(), BODY).setBold(true);
        shortLine(centred(document), TEXT_WIDTH, ruleLength(Math.min(TEXT_WIDTH, report.title().length() * 140)));

        XWPFParagraph addressee = centred(document);
        addressee.setSpacingBefore(2 * SPACING);
        addressee.setSpacingAfter(2 * SPACING);
        run(addressee, text.get("report.consolidated.addresseeLine", sentence(report.addressee())), BODY);

        run(body(document), report.introduction(), BODY);
    }

    private static void sending(XWPFDocument document, ConsolidatedReport report, Labels text) {
        run(heading(document), text.get("report.consolidated.sending"), BODY).setBold(true);
        run(body(document), countsSentence(report, text), BODY);
    }

    private static String countsSentence(ConsolidatedReport report, Labels text) {
        Counts counts = report.counts();
        String period = report.deadline() == null
                ? text.get("report.consolidated.counts.period", report.periodLabel())
                : text.get("report.consolidated.counts.periodDue", report.periodLabel(),
                        DATE.format(report.deadline()));
        if (counts.owing() == 0) {
            return text.get("report.consolidated.counts.none", period);
        }
        return text.get("report.consolidated.counts.sentence", period, counts.owing(), counts.submitted(),
                text.percent(counts.reportingRate()), counts.onTime(), text.percent(counts.onTimeRate()),
                counts.late(), counts.notSent());
    }

    private static void tasks(XWPFDocument document, List<TaskResult> tasks, Labels text) {
        run(heading(document), text.get("report.consolidated.tasks"), BODY).setBold(true);
        for (TaskResult task : tasks) {
            run(heading(document), task.section() + ". " + task.text(), BODY).setBold(true);
            if (task.results().isEmpty()) {
                run(body(document), text.get("report.consolidated.noAcceptedReport"), BODY).setItalic(true);
            }
            for (UnitResult result : task.results()) {
                run(body(document), resultLine(result, text), BODY);
            }
        }
    }

    /**
     * "- Sở Tài chính (Chủ trì; Báo cáo số 3215/STC-VP ngày 27/9/2023): Hoàn thành, 100%. Đã ban hành ... Tài liệu
     * kiểm chứng: a.pdf, b.docx."
     */
    static String resultLine(UnitResult result, Labels text) {
        StringBuilder line = new StringBuilder("- ").append(result.unitName()).append(" (").append(result.role());
        if (present(result.documentNumber())) {
            line.append("; ").append(result.documentDate() == null
                    ? text.get("report.consolidated.unitReport", result.documentNumber())
                    : text.get("report.consolidated.unitReportDated", result.documentNumber(),
                            SHORT_DATE.format(result.documentDate())));
        }
        line.append("): ").append(result.status());
        if (result.percent() != null) {
            line.append(", ").append(result.percent()).append("%");
        }
        line.append(".");
        if (present(result.done())) {
            line.append(" ").append(sentence(result.done()));
        }
        if (present(result.explanation())) {
            line.append(" ").append(text.get("report.consolidated.explanation", sentence(result.explanation())));
        }
        if (!result.evidenceNames().isEmpty()) {
            line.append(" ").append(text.get("report.consolidated.evidence", String.join(", ", result.evidenceNames())));
        }
        return line.toString();
    }

    private static void signature(XWPFDocument document, ConsolidatedReport report, Labels text) {
        int left = 4536;
        document.createParagraph();
        XWPFTable table = document.createTable(1, 2);
        table.removeBorders();

        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFRun label = run(paragraph(recipients, ParagraphAlignment.LEFT), text.get("report.consolidated.recipients"),
                12);
        label.setBold(true);
        label.setItalic(true);
        for (String recipient : report.recipients()) {
            run(paragraph(recipients, ParagraphAlignment.LEFT), "- " + recipient, 11);
        }

        XWPFTableCell signer = table.getRow(0).getCell(1);
        for (String line : report.signerTitle().split("\n")) {
            run(paragraph(signer, ParagraphAlignment.CENTER), line.strip(), BODY).setBold(true);
        }
        // Room for the signature and the seal.
        for (int i = 0; i < 4; i++) {
            paragraph(signer, ParagraphAlignment.CENTER);
        }
        String name = present(report.signerName()) ? report.signerName() : "";
        run(paragraph(signer, ParagraphAlignment.CENTER), name, BODY).setBold(true);

        table.getRow(0).getCell(0).setVerticalAlignment(XWPFVertAlign.TOP);
        table.getRow(0).getCell(1).setVerticalAlignment(XWPFVertAlign.TOP);
        table.getRow(0).setCantSplitRow(true);
        columns(table, left, TEXT_WIDTH - left);
    }

    private static void annex(XWPFDocument document, ConsolidatedReport report, Labels text) {
        XWPFParagraph heading = centred(document);
        heading.setPageBreak(true);
        run(heading, text.get("report.consolidated.annex"), BODY).setBold(true);
        run(centred(document), text.get("report.consolidated.annex.title"), BODY).setBold(true);
        XWPFParagraph reference = centred(document);
        reference.setSpacingAfter(2 * SPACING);
        run(reference, text.get("report.consolidated.annex.reference", report.number()), BODY).setItalic(true);

        List<UnitTimeliness> units = report.units();
        XWPFTable table = document.createTable(units.size() + 1, 5);
        bordered(table);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        String[] titles = {text.get("report.consolidated.column.order"), text.get("report.consolidated.column.unit"),
                text.get("report.consolidated.column.document"), text.get("report.consolidated.column.submittedAt"),
                text.get("report.consolidated.column.state")};
        for (int column = 0; column < titles.length; column++) {
            XWPFTableCell cell = header.getCell(column);
            cell.setVerticalAlignment(XWPFVertAlign.CENTER);
            run(paragraph(cell, ParagraphAlignment.CENTER), titles[column], TABLE).setBold(true);
        }
        for (int i = 0; i < units.size(); i++) {
            UnitTimeliness unit = units.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            cell(row, 0, ParagraphAlignment.CENTER, String.valueOf(i + 1));
            cell(row, 1, ParagraphAlignment.LEFT, unit.unitName());
            cell(row, 2, ParagraphAlignment.CENTER, documentLines(unit, text));
            cell(row, 3, ParagraphAlignment.CENTER,
                    unit.submittedAt() == null ? "" : TIME_AND_DATE.format(unit.submittedAt()));
            cell(row, 4, ParagraphAlignment.CENTER, unit.state());
        }
        columns(table, 680, 2875, 2250, 2000, 1550);
    }

    /** "2303/STC-VP" over "ngày 10/12/2024", or whichever half is known. */
    private static String[] documentLines(UnitTimeliness unit, Labels text) {
        List<String> lines = new ArrayList<>();
        if (present(unit.documentNumber())) {
            lines.add(unit.documentNumber());
        }
        if (unit.documentDate() != null) {
            lines.add(text.get("report.consolidated.documentDate", DATE.format(unit.documentDate())));
        }
        return lines.toArray(String[]::new);
    }

    private static void cell(XWPFTableRow row, int column, ParagraphAlignment alignment, String... lines) {
        XWPFTableCell cell = row.getCell(column);
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFRun run = run(paragraph(cell, alignment), lines.length == 0 ? "" : lines[0], TABLE);
        for (int i = 1; i < lines.length; i++) {
            run.addBreak();
            run.setText(lines[i]);
        }
    }

    /**
     * A run of text. Lines typed in a browser end with CR LF, which Word would keep as a raw character: each typed
     * line becomes a line break of its own, blank lines dropped.
     */
    private static XWPFRun run(XWPFParagraph paragraph, String text, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        List<String> lines = text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
        run.setText(lines.isEmpty() ? "" : lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            run.addBreak();
            run.setText(lines.get(i));
        }
        return run;
    }

    private static XWPFParagraph body(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(SPACING);
        return paragraph;
    }

    /** A body paragraph that stays on the page of the paragraph after it, never alone at the bottom. */
    private static XWPFParagraph heading(XWPFDocument document) {
        XWPFParagraph paragraph = body(document);
        paragraph.setKeepNext(true);
        return paragraph;
    }

    private static XWPFParagraph centred(XWPFDocument document) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /** The next paragraph of a table cell: a new cell already holds one empty paragraph, which is used first. */
    private static XWPFParagraph paragraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        boolean fresh = cell.getParagraphs().size() == 1 && !cell.getCTTc().getPArray(0).isSetPPr();
        XWPFParagraph paragraph = fresh ? cell.getParagraphs().get(0) : cell.addParagraph();
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    /**
     * An empty, 4-point-high paragraph with a bottom border: the short rule under the issuer and under the title.
     * Indents on both sides narrow the border to {@code length} and keep it centred in {@code width}.
     */
    private static void shortLine(XWPFParagraph paragraph, int width, int length) {
        int indent = Math.max(0, (width - length) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBetween(4, LineSpacingRule.EXACT);
        paragraph.setBorderBottom(Borders.SINGLE);
    }

    /** The decree's rule under a heading runs a third to a half of the text's width; capped for long titles. */
    private static int ruleLength(int textWidth) {
        return Math.max(700, Math.min(2000, textWidth * 45 / 100));
    }

    private static void bordered(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(40, 80, 40, 80);
    }

    /** Fixed column widths, written to the grid (which LibreOffice reads) and to every cell (which Word reads). */
    private static void columns(XWPFTable table, int... widths) {
        table.setWidth(String.valueOf(IntStream.of(widths).sum()));
        table.setWidthType(TableWidthType.DXA);
        CTTblPr properties = table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
            .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = table.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < widths.length; column++) {
                row.getCell(column).setWidth(String.valueOf(widths[column]));
                row.getCell(column).setWidthType(TableWidthType.DXA);
            }
        }
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(VIETNAMESE);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /** Ends a free text written by a unit, of one line or several, with a full stop unless it already ends one. */
    static String sentence(String text) {
        String trimmed = text.strip();
        return trimmed.matches("(?s).*[.!?;:…]") ? trimmed : trimmed + ".";
    }
}
