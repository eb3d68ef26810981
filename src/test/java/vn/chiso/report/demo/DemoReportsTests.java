package vn.chiso.report.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.ReportView;
import vn.chiso.report.timeliness.PeriodTimeliness;
import vn.chiso.report.timeliness.ReportingTimeliness;
import vn.chiso.report.timeliness.UnitState;
import vn.chiso.report.timeliness.UnitStatus;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/** Every state of a report is in the demo for plan 6025/KH-UBND, the Finance Department's built from seed 000. */
@ChisoTest
class DemoReportsTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    PlanService plans;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    ReportingTimeliness timeliness;
    @Autowired
    ProgressReports reports;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemoCalendar calendar;

    @Test
    void plan6025ShowsAcceptedReturnedDraftLateAndMissingReports() {
        PeriodTimeliness state = timeliness.of(period());
        Map<String, UnitStatus> byCode = byCode(state);

        UnitStatus finance = byCode.get("STC");
        assertThat(finance.state()).isEqualTo(UnitState.ON_TIME);
        assertThat(finance.report().status()).isEqualTo(ReportStatus.ACCEPTED);
        ReportView report = reports.get(finance.report().id());
        assertThat(report.entries().get(0).done()).contains("Kế hoạch số 2603/KH-STC ngày 08/07/2022",
                "hơn 50 cán bộ công chức");
        assertThat(report.entries()).anySatisfy(entry -> assertThat(entry.done())
                .contains("Đóng góp tự nguyện", "giao ban với phòng Tài chính - Kế hoạch các huyện"));
        assertThat(evidenceOf(report)).isEqualTo(3);

        assertThat(byCode.get("STP").report().status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(byCode.get("STP").report().reviewComment()).contains("bổ sung tài liệu kiểm chứng");
        assertThat(byCode.get("NHATRANG").report().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(byCode.get("NHATRANG").state()).isEqualTo(UnitState.MISSING);
        assertThat(byCode.get("CAMRANH").state()).isEqualTo(UnitState.LATE);
        assertThat(byCode.get("CAMRANH").report().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(byCode.get("CAT").report()).isNull();
        assertThat(state.counts().onTime()).isEqualTo(2);
        assertThat(state.counts().late()).isEqualTo(1);
        assertThat(state.counts().missing()).isEqualTo(state.counts().owing() - 3);
    }

    /** Sở Tài chính's report carries what seed 000 carries: its subject, its signer, Nơi nhận and the signed PDF. */
    @Test
    void theFinanceDepartmentsReportReadsAsTheSignedDocumentOfSeed000() {
        UnitStatus finance = byCode(timeliness.of(period())).get("STC");
        UserRow coordinator = users.search(new vn.chiso.user.UserSearch("noivu", null, null, false),
                org.springframework.data.domain.Pageable.unpaged()).stream().findFirst().orElseThrow();

        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(vn.chiso.Pages.html(
                mvc.get().uri("/reports/" + finance.report().id()).with(as(coordinator)).exchange()));

        assertThat(page.selectFirst(".subject").text()).isEqualTo("V/v báo cáo kết quả thực hiện cải thiện và nâng cao"
                + " Chỉ số Hiệu quả Quản trị và hành chính công tỉnh Khánh Hoà");
        assertThat(page.select(".signer span").eachText()).containsExactly("GIÁM ĐỐC", "Vĩnh Thông");
        assertThat(page.select(".recipients li").eachText()).containsExactly("- Như trên;", "- Lưu: VT, VP.");
        assertThat(page.selectFirst(".signed-document a").text()).isEqualTo("3215-STC-VP.pdf");
        MvcTestResult pdf = mvc.get().uri(page.selectFirst(".signed-document a").attr("href")).with(as(coordinator))
                .exchange();
        assertThat(pdf.getResponse().getContentAsByteArray()).startsWith("%PDF-".getBytes());
        assertThat(evidenceOf(reports.get(finance.report().id()))).isEqualTo(3);
    }

    /**
     * 152/KH-UBND around the day the demo was built: the one-off report due ten days ago is on time from Home Affairs
     * and Finance (accepted), late from Justice four days ago (waiting for review) and missing from the Office; the
     * one due in five days is a draft of Justice only; every half-year past has its reports, Justice late in the
     * fourth.
     */
    @Test
    void plan152HasAReportLateAndWaitingAReportDueAndARecordOverThePastPeriods() {
        PlanView plan = plans.all().stream().filter(p -> p.number().equals("152/KH-UBND")).findFirst().orElseThrow();
        List<ReportingPeriodView> schedule = periods.periods(plan.id());
        ReportingPeriodView past = oneOff(schedule, calendar.today().minusDays(10));
        Map<String, UnitStatus> sent = byCode(timeliness.of(past));
        assertThat(sent.get("SNV").state()).isEqualTo(UnitState.ON_TIME);
        assertThat(sent.get("STC").state()).isEqualTo(UnitState.ON_TIME);
        assertThat(sent.get("STC").report().status()).isEqualTo(ReportStatus.ACCEPTED);
        UnitStatus justice = sent.get("STP");
        assertThat(justice.state()).isEqualTo(UnitState.LATE);
        assertThat(justice.report().status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(justice.report().firstSubmittedAt().atZone(VIETNAM).toLocalDate()).isEqualTo(calendar.today().minusDays(4));
        assertThat(sent.get("VPUBND").state()).isEqualTo(UnitState.MISSING);

        Map<String, UnitStatus> coming = byCode(timeliness.of(oneOff(schedule, calendar.today().plusDays(5))));
        assertThat(coming.values()).allSatisfy(unit -> assertThat(unit.state()).isEqualTo(UnitState.PENDING));
        assertThat(coming.get("STP").report().status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(coming.values()).filteredOn(unit -> unit.report() != null).hasSize(1);

        List<ReportingPeriodView> halfYears = schedule.stream().filter(period -> period.coveredYear() != null
                && period.deadline().plusDays(6).isBefore(calendar.today())).toList();
        assertThat(halfYears).as("from 15/6 four years back").hasSizeGreaterThanOrEqualTo(7);
        assertThat(byCode(timeliness.of(halfYears.get(3))).get("STP").state()).isEqualTo(UnitState.LATE);
        assertThat(byCode(timeliness.of(halfYears.get(2))).get("VPUBND").state()).isEqualTo(UnitState.MISSING);
        assertThat(byCode(timeliness.of(halfYears.get(0))).values()).filteredOn(unit -> List.of("SNV", "STC", "STP",
                "VPUBND").contains(unit.unit().code())).extracting(UnitStatus::state).containsOnly(UnitState.ON_TIME);
    }

    /**
     * Done when: the Finance Department's real report (seed 000), accepted, is in the consolidated report that the
     * coordinator and the leader download, beside the late unit and the units that sent nothing.
     */
    @Test
    void theConsolidatedReportOfPlan6025HoldsTheFinanceDepartmentsReportAndEveryUnitsState() throws IOException {
        ReportingPeriodView period = period();
        assertThat(period.deadline()).hasToString("2023-09-29");
        Map<String, UnitStatus> byCode = byCode(timeliness.of(period));
        String finance = byCode.get("STC").unit().name();
        String late = byCode.get("CAMRANH").unit().name();
        List<String> silent = List.of(byCode.get("NHATRANG").unit().name(), byCode.get("CAT").unit().name());
        String base = "/plans/" + period.planId() + "/periods/" + period.id();

        for (UserRow reader : List.of(demoAccount("noivu"), demoAccount("lanhdao"))) {
            MvcTestResult docx = mvc.get().uri(base + "/consolidated.docx").with(as(reader)).exchange();
            assertThat(docx).as(reader.username()).hasStatusOk();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                    docx.getResponse().getContentAsByteArray()));
                    XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
                String text = extractor.getText();
                assertThat(text).as(reader.username()).contains("SỞ NỘI VỤ", "6025/KH-UBND",
                        "- " + finance + " (Chủ trì; Báo cáo số 3215/STC-VP ngày 27/9/2023): Hoàn thành, 100%.",
                        "Kế hoạch số 2603/KH-STC ngày 08/07/2022", "hơn 50 cán bộ công chức",
                        "Tài liệu kiểm chứng: Ke-hoach-2603-KH-STC.docx.");
                assertThat(text).as("only accepted reports are gathered")
                        .doesNotContain("Đã quán triệt Văn bản số 81/UBND-KSTT và số 4573/UBND-KSTT")
                        .doesNotContain("Đang rà soát các chỉ tiêu thành phần giảm điểm");
                XWPFTable annex = document.getTables().get(document.getTables().size() - 1);
                assertThat(cells(annexRow(annex, finance))).containsSubsequence(finance, "3215/STC-VP\nngày 27/09/2023",
                        "10:15 27/09/2023", "Đúng hạn");
                assertThat(cells(annexRow(annex, late))).containsSubsequence(late, "2291/UBND-NV\nngày 05/10/2023",
                        "14:05 05/10/2023", "Trễ hạn");
                for (String unit : silent) {
                    assertThat(cells(annexRow(annex, unit))).endsWith(unit, "", "", "Chưa gửi");
                }
            }

            MvcTestResult xlsx = mvc.get().uri(base + "/consolidated.xlsx").with(as(reader)).exchange();
            assertThat(xlsx).as(reader.username()).hasStatusOk();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    xlsx.getResponse().getContentAsByteArray()))) {
                Sheet sending = workbook.getSheet("Tình hình báo cáo");
                assertThat(cells(rowNaming(sending, finance))).containsSubsequence(finance, "3215/STC-VP",
                        "27/09/2023", "27/09/2023 10:15", "Đúng hạn");
                assertThat(cells(rowNaming(sending, late))).containsSubsequence(late, "2291/UBND-NV", "Trễ hạn");
                for (String unit : silent) {
                    assertThat(cells(rowNaming(sending, unit))).endsWith(unit, "", "", "", "Chưa gửi");
                }
                Sheet results = workbook.getSheet("Kết quả nhiệm vụ");
                assertThat(StreamSupport.stream(results.spliterator(), false)
                        .filter(row -> row.getCell(2) != null && finance.equals(row.getCell(2).getStringCellValue()))
                        .filter(row -> row.getCell(8) != null).map(row -> row.getCell(8).getStringCellValue()))
                    .anySatisfy(done -> assertThat(done).contains("Kế hoạch số 2603/KH-STC ngày 08/07/2022"));
            }
        }
    }

    private static ReportingPeriodView oneOff(List<ReportingPeriodView> schedule, LocalDate deadline) {
        return schedule.stream().filter(period -> period.coveredYear() == null && period.deadline().equals(deadline))
                .findFirst().orElseThrow();
    }

    private ReportingPeriodView period() {
        PlanView plan = plans.all().stream().filter(p -> p.number().equals("6025/KH-UBND")).findFirst().orElseThrow();
        return periods.periods(plan.id()).get(0);
    }

    private static Map<String, UnitStatus> byCode(PeriodTimeliness state) {
        return state.units().stream().collect(Collectors.toMap(status -> status.unit().code(), Function.identity()));
    }

    private UserRow demoAccount(String username) {
        return users.get(jdbc.queryForObject("select id from user_account where username = ?", Long.class, username));
    }

    private static XWPFTableRow annexRow(XWPFTable annex, String unit) {
        return annex.getRows().stream().filter(row -> row.getCell(1).getText().strip().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("No annex row for " + unit));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText().strip()).toList();
    }

    private static Row rowNaming(Sheet sheet, String unit) {
        return StreamSupport.stream(sheet.spliterator(), false)
                .filter(row -> row.getCell(1) != null && unit.equals(row.getCell(1).getStringCellValue()))
                .findFirst().orElseThrow(() -> new AssertionError("No row for " + unit));
    }

    /** Every cell from the first to the last, empty ones as "", dates as the sheet shows them. */
    private static List<String> cells(Row row) {
        DataFormatter format = new DataFormatter();
        return java.util.stream.IntStream.range(0, row.getLastCellNum())
                .mapToObj(column -> row.getCell(column) == null ? "" : format.formatCellValue(row.getCell(column)))
                .toList();
    }

    /** The files attached to a report's entries, as its page lists them. */
    private static int evidenceOf(ReportView report) {
        return report.entries().stream().mapToInt(entry -> entry.evidence().size()).sum();
    }
}
