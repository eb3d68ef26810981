package vn.chiso.report.consolidated;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.plan.PlanForm;
import vn.chiso.plan.PlanService;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.EntryView;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.report.ReportForm;
import vn.chiso.report.ReportReview;
import vn.chiso.report.ReportView;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/** The consolidated report of a period as downloaded, from an accepted report typed as an officer types it. */
@ChisoTest
class ConsolidatedReportsTests {

    private static final String TITLE = "Cải thiện và nâng cao Chỉ số PAPI năm 2031";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    PlanService plans;
    @Autowired
    ReportEditing editing;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportReview review;

    @Test
    void theWordReportCitesTheUnitsReportKeepsItsTypedLinesAndReadsThePlanTitleMidSentence() throws IOException {
        Setup setup = acceptedReport();
        MvcTestResult docx = mvc.get().uri(base(setup) + "/consolidated.docx").with(as(setup.coordinator()))
                .exchange();
        assertThat(docx).hasStatusOk();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                docx.getResponse().getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            String issued = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(setup.plan().issueDate());
            assertThat(text).contains("ngày " + issued + " về cải thiện và nâng cao Chỉ số PAPI năm 2031")
                    .doesNotContain("về Cải thiện");
            assertThat(text).contains("- " + setup.unitA().name() + " (Chủ trì; Báo cáo số 3215/STC-VP ngày 27/9/2023):"
                    + " Đang thực hiện, 60%. Đã cung cấp 120 dịch vụ công trực tuyến.\nĐã tập huấn cho 50 công chức."
                    + " Tài liệu kiểm chứng: bien-ban.pdf.");
            assertThat(text).doesNotContain("..").doesNotContain("\r").as("the signed PDF is no task's evidence")
                    .doesNotContain("ban-ky.pdf");
            assertThat(document.getDocument().xmlText()).doesNotContain("\r");
        }
    }

    @Test
    void theWorkbookGivesEachResultTheNumberAndDateOfTheUnitsReport() throws IOException {
        Setup setup = acceptedReport();
        MvcTestResult xlsx = mvc.get().uri(base(setup) + "/consolidated.xlsx").with(as(setup.leader())).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            List<Row> rows = new ArrayList<>();
            workbook.getSheetAt(1).forEach(rows::add);
            Row result = rows.stream().filter(row -> row.getCell(2) != null
                    && row.getCell(2).getStringCellValue().equals(setup.unitA().name())).findFirst().orElseThrow();
            DataFormatter format = new DataFormatter();
            assertThat(format.formatCellValue(result.getCell(0))).isEqualTo("II.1.a");
            assertThat(result.getCell(3).getStringCellValue()).isEqualTo("3215/STC-VP");
            assertThat(result.getCell(4).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2023, 9, 27, 0, 0));
            assertThat(result.getCell(8).getStringCellValue())
                    .isEqualTo("Đã cung cấp 120 dịch vụ công trực tuyến.\nĐã tập huấn cho 50 công chức.");
        }
    }

    /** Unit A's report, typed with CR LF line breaks and one evidence file, signed, sent and accepted. */
    private Setup acceptedReport() {
        Setup setup = fixtures.setup(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3));
        PlanForm retitled = PlanForm.of(setup.plan());
        plans.update(setup.plan().id(), new PlanForm(retitled.number(), retitled.issueDate(), retitled.issuer(), TITLE,
                retitled.firstYear(), retitled.lastYear(), retitled.indexCodes(), retitled.parentId(),
                retitled.legalBasis(), retitled.purpose(), retitled.status(), retitled.version()));
        long id = editing.open(setup.period().id(), setup.a());
        ReportView report = reports.get(id);
        List<ReportForm.EntryForm> entries = new ArrayList<>();
        for (EntryView entry : report.entries()) {
            entries.add(new ReportForm.EntryForm(entry.task().id(), EntryStatus.IN_PROGRESS,
                    "Đã cung cấp 120 dịch vụ công trực tuyến.\r\nĐã tập huấn cho 50 công chức.", "60", null));
        }
        long first = report.entries().get(0).task().id();
        editing.save(id, new ReportForm("3215/STC-VP", "27/9/2023", "báo cáo kết quả thực hiện", null, "GIÁM ĐỐC",
                "Vĩnh Thông", "Như trên;", report.header().version(), entries, null, false),
                List.of(new EvidenceFiles.Upload(first, "bien-ban.pdf", EvidenceType.PDF, pdf())),
                new EvidenceFiles.Upload(0, "ban-ky.pdf", EvidenceType.PDF, pdf()), setup.a());
        editing.submit(id, setup.a());
        review.accept(id, setup.coordinating());
        return setup;
    }

    private static String base(Setup setup) {
        return "/plans/" + setup.plan().id() + "/periods/" + setup.period().id();
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    }
}
