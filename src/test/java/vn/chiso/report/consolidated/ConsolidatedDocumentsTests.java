package vn.chiso.report.consolidated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.chiso.report.timeliness.Counts;
import vn.chiso.report.consolidated.ConsolidatedReport.TaskResult;
import vn.chiso.report.consolidated.ConsolidatedReport.UnitResult;
import vn.chiso.report.consolidated.ConsolidatedReport.UnitTimeliness;

import static org.assertj.core.api.Assertions.assertThat;

class ConsolidatedDocumentsTests {

    private static final String PLAN = "Kế hoạch số 6025/KH-UBND ngày 20/6/2023 của UBND tỉnh";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final MessageSource MESSAGES = messages();
    private static final Labels LABELS = new Labels(MESSAGES, VIETNAMESE);

    @Test
    void ratesAreComputedFromTheCountsWithTwoDecimals() {
        Counts counts = new Counts(43, 13, 17, 13, 0);
        assertThat(counts.submitted()).isEqualTo(30);
        assertThat(counts.reportingRate()).isEqualTo(new BigDecimal("69.77"));
        assertThat(counts.onTimeRate()).isEqualTo(new BigDecimal("30.23"));
        assertThat(new Counts(3, 3, 0, 0, 0).reportingRate()).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void ratesAreUnknownWhenNoUnitOwedAReport() {
        Counts none = new Counts(0, 0, 0, 0, 0);
        assertThat(none.reportingRate()).isNull();
        assertThat(none.onTimeRate()).isNull();
    }

    @Test
    void datesAreWrittenAsDecree30AsksWithLeadingZerosForShortDaysAndForJanuaryAndFebruary() {
        assertThat(ConsolidatedDocx.placeAndDate(LABELS, "Khánh Hòa", LocalDate.of(2024, 2, 5)))
            .isEqualTo("Khánh Hòa, ngày 05 tháng 02 năm 2024");
        assertThat(ConsolidatedDocx.placeAndDate(LABELS, "Khánh Hòa", LocalDate.of(2024, 3, 9)))
            .isEqualTo("Khánh Hòa, ngày 09 tháng 3 năm 2024");
        assertThat(ConsolidatedDocx.placeAndDate(LABELS, "Khánh Hòa", LocalDate.of(2024, 12, 16)))
            .isEqualTo("Khánh Hòa, ngày 16 tháng 12 năm 2024");
    }

    @Test
    void namesTooLongForTheHeaderColumnAreSplitIntoBalancedLines() {
        assertThat(ConsolidatedDocx.headerLines("ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA"))
            .containsExactly("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA");
        assertThat(ConsolidatedDocx.headerLines("SỞ NỘI VỤ")).containsExactly("SỞ NỘI VỤ");
    }

    @Test
    void wordReportReadsAsAnAdministrativeReport() throws IOException {
        byte[] docx = new ConsolidatedDocx(MESSAGES).write(report(), VIETNAMESE);
        // Kept in target/ to be opened or converted to PDF when checking the layout by eye.
        Files.write(Path.of("target", "consolidated-sample.docx"), docx);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            XWPFTableCell issuing = document.getTables().get(0).getRow(0).getCell(0);
            assertThat(issuing.getParagraphs().stream().map(XWPFParagraph::getText).filter(line -> !line.isEmpty()))
                .containsExactly("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "SỞ NỘI VỤ");
            assertThat(issuing.getParagraphs().get(2).getRuns().get(0).isBold()).as("the issuer").isTrue();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 125/BC-SNV", "Khánh Hòa, ngày 06 tháng 01 năm 2025",
                    "BÁO CÁO", "Kết quả thực hiện " + PLAN, "Kính gửi: Ủy ban nhân dân tỉnh.");
            assertThat(text).contains("I. TÌNH HÌNH GỬI BÁO CÁO", "có 3 cơ quan, đơn vị phải gửi báo cáo",
                    "đã có 2 cơ quan, đơn vị gửi báo cáo, đạt tỷ lệ 66,67%", "tỷ lệ đúng hạn 33,33%",
                    "1 báo cáo gửi trễ hạn", "còn 1 cơ quan, đơn vị chưa gửi báo cáo");
            assertThat(text).contains("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ",
                    "II.1.a. Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của ngành",
                    "- Sở Tài chính (Chủ trì; Báo cáo số 2303/STC-VP ngày 12/12/2024): Hoàn thành, 100%. Đã rà soát 42 thủ tục, đề xuất đơn giản hóa 9 thủ tục."
                            + " Tài liệu kiểm chứng: 2303-STC-VP.pdf, danh-muc-TTHC.xlsx.",
                    "- Sở Tư pháp (Phối hợp; Báo cáo số 1187/STP-HCTP ngày 17/12/2024): Đang thực hiện, 60%. Đã góp ý dự thảo phương án đơn giản hóa."
                            + " Giải trình: Chờ ý kiến thẩm định của Bộ Tư pháp.",
                    "II.1.b. Cung cấp dịch vụ công trực tuyến toàn trình",
                    "Chưa có báo cáo được chấp nhận.");
            assertThat(text).contains("Nơi nhận:", "- Như trên;", "- Lưu: VT, CCHC.", "GIÁM ĐỐC", "Nguyễn Văn An");
            assertThat(text).contains("Phụ lục", "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC CƠ QUAN, ĐƠN VỊ",
                    "(Kèm theo Báo cáo số 125/BC-SNV)");

            XWPFTable annex = document.getTables().get(document.getTables().size() - 1);
            assertThat(cells(annex.getRow(0)))
                .containsExactly("STT", "Cơ quan, đơn vị", "Số, ngày văn bản", "Thời điểm gửi", "Tình trạng");
            assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(annex.getRow(1)))
                .containsExactly("1", "Sở Tài chính", "2303/STC-VP\nngày 12/12/2024", "16:20 13/12/2024", "Đúng hạn");
            assertThat(cells(annex.getRow(2)))
                .containsExactly("2", "Sở Tư pháp", "1187/STP-HCTP\nngày 17/12/2024", "09:05 18/12/2024", "Trễ hạn");
            assertThat(cells(annex.getRow(3))).containsExactly("3", "UBND TP. Nha Trang", "", "", "Chưa gửi");

            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo(report().title());
            assertThat(document.getProperties().getCoreProperties().getCreator()).isEqualTo("Chỉ Số");
        }
    }

    @Test
    void wordReportIsAnA4PageWithTheDecreesMargins() throws IOException {
        byte[] docx = new ConsolidatedDocx(MESSAGES).write(report(), VIETNAMESE);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var section = document.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                .as("20, 20, 30 and 15 mm").containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134),
                        BigInteger.valueOf(1701), BigInteger.valueOf(850));
            assertThat(document.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream()))
                .allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
        }
    }

    @Test
    void workbookHasTheCountsAndOneRowPerUnitAndPerResult() throws IOException {
        byte[] xlsx = new ConsolidatedXlsx(MESSAGES).write(report(), VIETNAMESE);
        Files.write(Path.of("target", "consolidated-sample.xlsx"), xlsx);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Tình hình báo cáo");
            assertThat(workbook.getSheetName(1)).isEqualTo("Kết quả nhiệm vụ");

            Sheet sending = workbook.getSheetAt(0);
            assertThat(valueBeside(sending, "Phải báo cáo")).isEqualTo(3);
            assertThat(valueBeside(sending, "Đã gửi")).isEqualTo(2);
            assertThat(valueBeside(sending, "Đúng hạn")).isEqualTo(1);
            assertThat(valueBeside(sending, "Trễ hạn")).isEqualTo(1);
            assertThat(valueBeside(sending, "Chưa gửi")).isEqualTo(1);
            assertThat(valueBeside(sending, "Tỷ lệ gửi báo cáo (%)")).isEqualTo(66.67);
            assertThat(valueBeside(sending, "Tỷ lệ đúng hạn (%)")).isEqualTo(33.33);

            Row header = rowStartingWith(sending, "STT");
            assertThat(cells(header)).containsExactly("STT", "Cơ quan, đơn vị", "Số văn bản", "Ngày văn bản",
                    "Thời điểm gửi", "Tình trạng");
            assertThat(sending.getPaneInformation().getHorizontalSplitPosition())
                .as("the table's header stays in view").isEqualTo((short) (header.getRowNum() + 1));
            Row onTime = sending.getRow(header.getRowNum() + 1);
            assertThat(onTime.getCell(1).getStringCellValue()).isEqualTo("Sở Tài chính");
            assertThat(onTime.getCell(2).getStringCellValue()).isEqualTo("2303/STC-VP");
            assertThat(DateUtil.isCellDateFormatted(onTime.getCell(3))).isTrue();
            assertThat(onTime.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 12, 12, 0, 0));
            assertThat(onTime.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2024, 12, 13, 16, 20));
            assertThat(onTime.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            assertThat(onTime.getCell(5).getStringCellValue()).isEqualTo("Đúng hạn");
            assertThat(sending.getRow(header.getRowNum() + 2).getCell(5).getStringCellValue()).isEqualTo("Trễ hạn");
            Row missing = sending.getRow(header.getRowNum() + 3);
            assertThat(missing.getCell(1).getStringCellValue()).isEqualTo("UBND TP. Nha Trang");
            assertThat(missing.getCell(4)).isNull();
            assertThat(missing.getCell(5).getStringCellValue()).isEqualTo("Chưa gửi");
            assertThat(sending.getLastRowNum()).isEqualTo(header.getRowNum() + 3);

            Sheet results = workbook.getSheetAt(1);
            assertThat(cells(results.getRow(0))).containsExactly("Mục", "Nhiệm vụ", "Đơn vị", "Số báo cáo của đơn vị",
                    "Ngày báo cáo của đơn vị", "Vai trò", "Tình trạng", "Tỷ lệ hoàn thành (%)", "Kết quả thực hiện",
                    "Giải trình", "Tài liệu kiểm chứng");
            assertThat(results.getLastRowNum()).as("two results of II.1.a, and II.1.b alone").isEqualTo(3);
            Row lead = results.getRow(1);
            assertThat(cells(lead)).startsWith("II.1.a",
                    "Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của ngành",
                    "Sở Tài chính", "2303/STC-VP", "12/12/2024", "Chủ trì", "Hoàn thành");
            assertThat(lead.getCell(4).getLocalDateTimeCellValue()).as("a real date")
                .isEqualTo(LocalDateTime.of(2024, 12, 12, 0, 0));
            assertThat(lead.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(lead.getCell(7).getNumericCellValue()).isEqualTo(100);
            assertThat(lead.getCell(10).getStringCellValue()).isEqualTo("2303-STC-VP.pdf, danh-muc-TTHC.xlsx");
            Row partner = results.getRow(2);
            assertThat(partner.getCell(2).getStringCellValue()).isEqualTo("Sở Tư pháp");
            assertThat(partner.getCell(3).getStringCellValue()).isEqualTo("1187/STP-HCTP");
            assertThat(partner.getCell(7).getNumericCellValue()).isEqualTo(60);
            assertThat(partner.getCell(9).getStringCellValue()).isEqualTo("Chờ ý kiến thẩm định của Bộ Tư pháp");
            Row alone = results.getRow(3);
            assertThat(alone.getCell(0).getStringCellValue()).isEqualTo("II.1.b");
            assertThat(alone.getCell(2)).isNull();
        }
    }

    @Test
    void aResultOfSeveralLinesEndingWithAFullStopGetsNoSecondOne() throws IOException {
        UnitResult typed = new UnitResult("Sở Thông tin và Truyền thông", "Chủ trì", "Hoàn thành", 100,
                "Đã rà soát các thủ tục.\r\nĐã cung cấp 120 dịch vụ công trực tuyến.", null, List.of("danh-muc.xlsx"),
                "88/STTTT-VP", LocalDate.of(2024, 12, 10));
        String text = text(withResults(typed));
        assertThat(text).contains("Đã cung cấp 120 dịch vụ công trực tuyến. Tài liệu kiểm chứng: danh-muc.xlsx.")
            .doesNotContain("..");
        assertThat(ConsolidatedDocx.sentence("Dòng một.\nDòng hai")).isEqualTo("Dòng một.\nDòng hai.");
        assertThat(ConsolidatedDocx.sentence("Dòng một\nDòng hai./.")).isEqualTo("Dòng một\nDòng hai./.");
    }

    @Test
    void aLineBreakTypedInTheBrowserIsALineBreakInWordNotARawCarriageReturn() throws IOException {
        UnitResult typed = new UnitResult("Sở Tư pháp", "Chủ trì", "Đang thực hiện", 70,
                "Đã tổ chức 3 hội nghị.\r\n\r\nĐã phát hành 500 tờ rơi.\nĐã đăng 12 tin bài.", null, List.of(),
                "1187/STP-HCTP", LocalDate.of(2024, 12, 17));
        byte[] docx = new ConsolidatedDocx(MESSAGES).write(withResults(typed), VIETNAMESE);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph result = document.getParagraphs().stream()
                .filter(paragraph -> paragraph.getText().startsWith("- Sở Tư pháp")).findFirst().orElseThrow();
            assertThat(result.getText()).doesNotContain("\r").isEqualTo("- Sở Tư pháp (Chủ trì; Báo cáo số"
                    + " 1187/STP-HCTP ngày 17/12/2024): Đang thực hiện, 70%. Đã tổ chức 3 hội nghị.\n"
                    + "Đã phát hành 500 tờ rơi.\nĐã đăng 12 tin bài.");
            assertThat(result.getCTP().xmlText()).as("two line breaks, no carriage return kept")
                .doesNotContain("\r");
            assertThat(result.getCTP().xmlText().split("<w:br/>", -1)).hasSize(3);
        }
    }

    @Test
    void aPlanTitleReadsInLowerCaseAfterAboutUnlessItOpensOnAnAcronym() {
        assertThat(ConsolidatedReports.midSentence(
                "Cải thiện và nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công tỉnh Khánh Hòa năm 2023"))
            .isEqualTo("cải thiện và nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công tỉnh Khánh Hòa năm 2023");
        assertThat(ConsolidatedReports.midSentence("Ứng dụng công nghệ thông tin")).startsWith("ứng dụng");
        assertThat(ConsolidatedReports.midSentence("PAPI năm 2023")).isEqualTo("PAPI năm 2023");
        assertThat(ConsolidatedReports.midSentence("UBND tỉnh")).isEqualTo("UBND tỉnh");
    }

    @Test
    void anEnglishReaderGetsTheLabelsInEnglish() throws IOException {
        byte[] docx = new ConsolidatedDocx(MESSAGES).write(report(), Locale.ENGLISH);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("SOCIALIST REPUBLIC OF VIET NAM", "No.: 125/BC-SNV",
                    "Khánh Hòa, 06/01/2025", "I. REPORTS RECEIVED", "a reporting rate of 66.67%",
                    "No accepted report yet.", "Recipients:", "(Attached to report No. 125/BC-SNV)")
                .doesNotContain("Nơi nhận", "Phụ lục");
        }
        byte[] xlsx = new ConsolidatedXlsx(MESSAGES).write(report(), Locale.ENGLISH);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Reports received");
            assertThat(workbook.getSheetName(1)).isEqualTo("Task results");
            assertThat(valueBeside(workbook.getSheetAt(0), "Owing a report")).isEqualTo(3);
            assertThat(cells(workbook.getSheetAt(1).getRow(0))).startsWith("Section", "Task", "Unit", "Unit's report No.",
                    "Unit's report date", "Role");
        }
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ConsolidatedReport report() {
        UnitResult finance = new UnitResult("Sở Tài chính", "Chủ trì", "Hoàn thành", 100,
                "Đã rà soát 42 thủ tục, đề xuất đơn giản hóa 9 thủ tục", null,
                List.of("2303-STC-VP.pdf", "danh-muc-TTHC.xlsx"), "2303/STC-VP", LocalDate.of(2024, 12, 12));
        UnitResult justice = new UnitResult("Sở Tư pháp", "Phối hợp", "Đang thực hiện", 60,
                "Đã góp ý dự thảo phương án đơn giản hóa.", "Chờ ý kiến thẩm định của Bộ Tư pháp", List.of(),
                "1187/STP-HCTP", LocalDate.of(2024, 12, 17));
        List<TaskResult> tasks = List.of(
                new TaskResult("II.1.a", "Rà soát, đơn giản hóa thủ tục hành chính thuộc phạm vi quản lý của ngành",
                        List.of(finance, justice)),
                new TaskResult("II.1.b", "Cung cấp dịch vụ công trực tuyến toàn trình", List.of()));
        List<UnitTimeliness> units = List.of(
                new UnitTimeliness("Sở Tài chính", "2303/STC-VP", LocalDate.of(2024, 12, 12),
                        LocalDateTime.of(2024, 12, 13, 16, 20), "Đúng hạn"),
                new UnitTimeliness("Sở Tư pháp", "1187/STP-HCTP", LocalDate.of(2024, 12, 17),
                        LocalDateTime.of(2024, 12, 18, 9, 5), "Trễ hạn"),
                new UnitTimeliness("UBND TP. Nha Trang", null, null, null, "Chưa gửi"));
        return new ConsolidatedReport("Ủy ban nhân dân tỉnh Khánh Hòa", "Sở Nội vụ", "125/BC-SNV", "Khánh Hòa",
                LocalDate.of(2025, 1, 6), "Kết quả thực hiện " + PLAN + " về đẩy mạnh cải cách hành chính năm 2024",
                "Ủy ban nhân dân tỉnh",
                "Thực hiện " + PLAN + ", Sở Nội vụ tổng hợp báo cáo của các cơ quan, đơn vị và báo cáo Ủy ban nhân dân"
                        + " tỉnh kết quả thực hiện như sau:",
                "Báo cáo kết quả thực hiện Kế hoạch về UBND tỉnh (qua Sở Nội vụ)", LocalDate.of(2024, 12, 15),
                new Counts(3, 1, 1, 1, 0), tasks, units, "GIÁM ĐỐC", "Nguyễn Văn An",
                List.of("Như trên;", "Chủ tịch, các PCT UBND tỉnh (b/c);", "Lưu: VT, CCHC."));
    }

    /** The sample report with one task whose only result is this one. */
    private static ConsolidatedReport withResults(UnitResult result) {
        ConsolidatedReport sample = report();
        return new ConsolidatedReport(sample.authority(), sample.issuer(), sample.number(), sample.place(),
                sample.date(), sample.title(), sample.addressee(), sample.introduction(), sample.periodLabel(),
                sample.deadline(), sample.counts(), List.of(new TaskResult("II.2.a", "Cung cấp dịch vụ công trực tuyến",
                        List.of(result))), sample.units(), sample.signerTitle(), sample.signerName(),
                sample.recipients());
    }

    private static String text(ConsolidatedReport report) throws IOException {
        byte[] docx = new ConsolidatedDocx(MESSAGES).write(report, VIETNAMESE);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        return StreamSupport.stream(row.spliterator(), false).map(formatter::formatCellValue).toList();
    }

    private static Row rowStartingWith(Sheet sheet, String text) {
        return StreamSupport.stream(sheet.spliterator(), false)
            .filter(row -> row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text))
            .findFirst().orElseThrow();
    }

    /** The numeric cell next to a label of the counts block. */
    private static double valueBeside(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
                Cell value = row.getCell(2);
                assertThat(value.getCellType()).as(label).isEqualTo(CellType.NUMERIC);
                return value.getNumericCellValue();
            }
        }
        throw new AssertionError("No row labelled " + label);
    }
}
