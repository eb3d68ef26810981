package vn.chiso.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.chiso.ChisoTest;
import vn.chiso.HttpBrowser;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestClock;
import vn.chiso.TestData;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.report.reminder.ReminderJob;
import vn.chiso.report.reminder.Reminders;
import vn.chiso.unit.UnitKind;
import vn.chiso.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** Reminders to the units that have not reported, the coordinator's period page, and the consolidated report. */
@ChisoTest
class RemindersAndConsolidationTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The number of a report before the clerk gives it one: room for the number, then Sở Nội vụ's suffix. */
    private static final String UNNUMBERED = "      /BC-SNV";

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ReportEditing editing;
    @Autowired
    ReportReview review;
    @Autowired
    ProgressReports reports;
    @Autowired
    Reminders reminders;
    @Autowired
    ReminderJob job;
    @Autowired
    TestClock clock;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReportingPeriods periods;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachScheduledReminderIsSentOnceEvenWhenTheJobRunsTwice() {
        LocalDate today = LocalDate.now(VIETNAM);
        Setup setup = fixtures.setup(today.plusDays(7));
        job.run();
        job.run();
        reminders.sendScheduled(today);
        assertThat(mailsTo(setup.officerA().email(), setup)).isEqualTo(1);
        assertThat(mailsTo(setup.officerB().email(), setup)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from reminder where period_id = ? and offset_days = -7",
                Integer.class, setup.period().id())).isEqualTo(2);

        submitA(setup);
        clock.set(today.plusDays(8).atTime(7, 0).atZone(VIETNAM).toInstant());
        reminders.sendScheduled(today.plusDays(8));
        reminders.sendScheduled(today.plusDays(8));
        assertThat(mailsTo(setup.officerA().email(), setup)).as("A has reported").isEqualTo(1);
        assertThat(mailsTo(setup.officerB().email(), setup)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select body from mail_outbox where recipients = ? order by id desc limit 1",
                String.class, setup.officerB().email())).contains("đã quá hạn 1 ngày", setup.plan().number());
    }

    @Test
    void aCoordinatorRemindsOneUnitOrAllThoseThatHaveNotSentAtOnce() {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(20));
        String page = "/plans/" + setup.plan().id() + "/periods/" + setup.period().id();
        assertThat(mvc.post().uri(page + "/remind").param("unitId", String.valueOf(setup.unitB().id()))
                .with(as(setup.coordinator())).with(csrf()).exchange()).hasRedirectedUrl(page);
        assertThat(mailsTo(setup.officerB().email(), setup)).isEqualTo(1);
        assertThat(mailsTo(setup.officerA().email(), setup)).isZero();
        assertThat(mvc.post().uri(page + "/remind").with(as(setup.coordinator())).with(csrf()).exchange())
                .hasRedirectedUrl(page);
        assertThat(mailsTo(setup.officerA().email(), setup)).isEqualTo(1);
        assertThat(mailsTo(setup.officerB().email(), setup)).isEqualTo(2);
        assertThat(mvc.post().uri(page + "/remind").with(as(setup.officerA())).with(csrf()).exchange()).hasStatus(403);
        assertThat(mvc.get().uri("/outbox").with(as(setup.coordinator())).exchange()).hasStatusOk()
                .bodyText().contains(setup.plan().number());
    }

    @Test
    void remindingAtOnceCountsAndMarksOnlyTheUnitsThatCouldBeMailedAndNamesTheOthers() {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(20));
        var unreachable = data.unit(UnitKind.COMMUNE);
        jdbc.update("insert into task_unit (task_id, unit_id, role) values (?, ?, 'COORDINATING')",
                setup.tasksOfA().get(0).id(), unreachable.id());
        String page = "/plans/" + setup.plan().id() + "/periods/" + setup.period().id();
        HttpBrowser browser = new HttpBrowser(port);
        browser.signIn(setup.coordinator().username(), TestData.PASSWORD);

        var sent = browser.submit(page, page + "/remind", java.util.Map.of());

        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith(page);
        assertThat(jdbc.queryForList("select unit_id from reminder where period_id = ?", Long.class,
                setup.period().id())).containsExactlyInAnyOrder(setup.unitA().id(), setup.unitB().id());
        assertThat(Jsoup.parse(browser.get(page).body()).select(".alert").eachText()).containsExactly("Đã gửi thư nhắc đến 2 đơn vị.", "Chưa nhắc được 1 đơn vị vì không cán bộ nào của đơn vị"
                        + " có địa chỉ thư điện tử: " + unreachable.name() + ". Hãy bổ sung địa chỉ vào tài khoản của cán bộ đơn vị"
                + " hoặc liên hệ trực tiếp.");
    }

    @Test
    void thePeriodPageCountsOnTimeLateAndMissingInAFixedNumberOfStatements() {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).minusDays(1));
        clock.set(LocalDate.now(VIETNAM).minusDays(2).atTime(10, 0).atZone(VIETNAM).toInstant());
        submitA(setup);
        clock.reset();
        String uri = "/plans/" + setup.plan().id() + "/periods/" + setup.period().id();
        String page = page(uri);
        assertThat(page).contains("id=\"count-owing\">2<", "id=\"count-on-time\">1<", "id=\"count-missing\">1<",
                "id=\"reporting-rate\">50,00 %<", "data-state=\"MISSING\"");
        long before = statements(uri);
        long planPage = statements("/plans/" + setup.plan().id() + "/reports");

        for (int i = 0; i < 15; i++) {
            var unit = data.unit(UnitKind.COMMUNE);
            var officer = data.account(Role.OFFICER, unit.id());
            jdbc.update("insert into task_unit (task_id, unit_id, role) values (?, ?, 'COORDINATING')",
                    setup.tasksOfA().get(0).id(), unit.id());
            long id = editing.open(setup.period().id(), ReportFixtures.user(officer));
            editing.submit(reportWithNumber(id, officer), ReportFixtures.user(officer));
        }
        assertThat(page(uri)).contains("id=\"count-owing\">17<", "id=\"count-late\">15<");
        assertThat(statements(uri)).isEqualTo(before).isLessThanOrEqualTo(12);
        assertThat(statements("/plans/" + setup.plan().id() + "/reports")).isEqualTo(planPage).isLessThanOrEqualTo(12);
    }

    @Test
    void theConsolidatedReportGathersTheAcceptedReportsAndEveryUnitsTimeliness() throws IOException {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(3));
        long id = submitA(setup);
        review.accept(id, setup.coordinating());
        String base = "/plans/" + setup.plan().id() + "/periods/" + setup.period().id();

        MvcTestResult docx = mvc.get().uri(base + "/consolidated.docx").param("number", "77/BC-SNV")
                .param("signerName", "Nguyễn Văn An").with(as(setup.coordinator())).exchange();
        assertThat(docx).hasStatusOk();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                docx.getResponse().getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 77/BC-SNV", "BÁO CÁO",
                    setup.plan().number(), "II.1.a", "Quán triệt kế hoạch", setup.unitA().name(),
                    "Đã ban hành văn bản hướng dẫn", setup.unitB().name(), "Đúng hạn", "Chưa gửi", "50,00%",
                    "Nguyễn Văn An");
        }
        MvcTestResult xlsx = mvc.get().uri(base + "/consolidated.xlsx").with(as(setup.leader())).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            List<String> cells = new ArrayList<>();
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    row.forEach(cell -> cells.add(format.formatCellValue(cell)));
                }
            }
            assertThat(cells).contains(setup.unitA().name(), setup.unitB().name(), "9/DVA", "Đúng hạn", "Chưa gửi",
                    "Đã ban hành văn bản hướng dẫn");
        }
        assertThat(mvc.get().uri(base + "/consolidated.docx").with(as(setup.officerA())).exchange()).hasStatus(403);
    }

    @Test
    void thePlansReportsPageShowsEachUnitsStateInEveryPeriod() {
        LocalDate first = LocalDate.of(2036, 3, 31);
        LocalDate second = LocalDate.of(2036, 6, 30);
        Setup setup = fixtures.setup(first);
        periods.addRule(setup.plan().id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo quý II", second, null, null,
                false));
        ReportingPeriodView q1 = periodDue(setup, first);
        ReportingPeriodView q2 = periodDue(setup, second);

        // A: on time in the first period, nothing in the second; B: late in the first, on time in the second
        clock.set(first.minusDays(1).atTime(10, 0).atZone(VIETNAM).toInstant());
        submit(q1, setup.a());
        clock.set(first.plusDays(3).atTime(10, 0).atZone(VIETNAM).toInstant());
        submit(q1, setup.b());
        clock.set(second.minusDays(2).atTime(10, 0).atZone(VIETNAM).toInstant());
        submit(q2, setup.b());
        clock.set(second.plusDays(5).atTime(10, 0).atZone(VIETNAM).toInstant());

        Document page = Jsoup.parse(page("/plans/" + setup.plan().id() + "/reports"));
        assertThat(stateIn(page, setup.unitA().code(), q1)).isEqualTo("ON_TIME");
        assertThat(stateIn(page, setup.unitA().code(), q2)).isEqualTo("MISSING");
        assertThat(stateIn(page, setup.unitB().code(), q1)).isEqualTo("LATE");
        assertThat(stateIn(page, setup.unitB().code(), q2)).isEqualTo("ON_TIME");
        assertThat(page.select("#history tr[data-unit=" + setup.unitA().code() + "] td").get(0).text())
                .as("A's on-time rate").isEqualTo("50,00 %");
        assertThat(page.select("#history tr[data-unit=" + setup.unitB().code() + "] td").get(0).text())
                .isEqualTo("50,00 %");
        assertThat(page.select("#history tr[data-unit=" + setup.unitA().code() + "] .unit-state").eachText())
                .containsExactly("Đúng hạn", "Quá hạn, chưa gửi");
    }

    private ReportingPeriodView periodDue(Setup setup, LocalDate deadline) {
        return periods.periods(setup.plan().id()).stream().filter(period -> period.deadline().equals(deadline))
                .findFirst().orElseThrow();
    }

    private void submit(ReportingPeriodView period, vn.chiso.user.CurrentUser officer) {
        long id = editing.open(period.id(), officer);
        ReportView report = reports.get(id);
        List<ReportForm.EntryForm> entries = new ArrayList<>();
        for (EntryView entry : report.entries()) {
            entries.add(new ReportForm.EntryForm(entry.task().id(), EntryStatus.IN_PROGRESS, "Đang thực hiện.", "50",
                    null));
        }
        editing.save(id, new ReportForm("5/BC", "1/3/2036", null, report.header().version(), entries, null),
                List.of(), officer);
        editing.submit(id, officer);
    }

    private static String stateIn(Document page, String unitCode, ReportingPeriodView period) {
        return page.select("#history tr[data-unit=" + unitCode + "] td[data-period=" + period.id() + "] .unit-state")
                .attr("data-state");
    }

    @Test
    void theConsolidatedReportIsIssuedBySoNoiVuWhoeverDownloadsIt() throws IOException {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(3));
        String base = "/plans/" + setup.plan().id() + "/periods/" + setup.period().id();
        assertThat(setup.leader().unitId()).as("the leader belongs to no unit").isNull();
        assertThat(setup.coordinator().unitId()).as("nor does this coordinator").isNull();

        for (var reader : List.of(setup.leader(), setup.coordinator())) {
            MvcTestResult docx = mvc.get().uri(base + "/consolidated.docx").with(as(reader)).exchange();
            assertThat(docx).hasStatusOk();
            try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                    docx.getResponse().getContentAsByteArray()))) {
                XWPFTableCell issuing = document.getTables().get(0).getRow(0).getCell(0);
                List<XWPFParagraph> lines = issuing.getParagraphs().stream()
                        .filter(line -> !line.getText().isEmpty()).toList();
                assertThat(lines).extracting(XWPFParagraph::getText).as(reader.username())
                        .containsExactly("ỦY BAN NHÂN DÂN TỈNH", "SỞ NỘI VỤ");
                assertThat(lines.get(1).getRuns().get(0).isBold()).as("the issuing body").isTrue();
                assertThat(document.getTables().get(0).getRow(1).getCell(0).getText()).as("numbered by hand later")
                        .isEqualTo("Số: " + UNNUMBERED);
            }
        }
        assertThat(Jsoup.parse(page(base)).getElementById("number").attr("placeholder")).isEqualTo(UNNUMBERED);
    }

    @Test
    void aConsolidationDateThatIsNotADateIsRefusedBesideItsFieldKeepingWhatWasTyped() throws IOException {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(3));
        String base = "/plans/" + setup.plan().id() + "/periods/" + setup.period().id();
        for (String file : List.of("/consolidated.docx", "/consolidated.xlsx")) {
            MvcTestResult refused = mvc.get().uri(base + file).param("number", "77/BC-SNV").param("date", "31/02/2025")
                    .param("signerName", "Nguyễn Văn An").with(as(setup.coordinator())).exchange();
            assertThat(refused).as(file).hasStatusOk().hasContentTypeCompatibleWith("text/html");
            Document page = Jsoup.parse(Pages.html(refused));
            assertThat(page.getElementById("date").val()).isEqualTo("31/02/2025");
            assertThat(page.getElementById("date").hasClass("is-invalid")).isTrue();
            assertThat(page.getElementById("date-error").text()).startsWith("Ngày không hợp lệ");
            assertThat(page.getElementById("number").val()).isEqualTo("77/BC-SNV");
            assertThat(page.getElementById("signerName").val()).isEqualTo("Nguyễn Văn An");
            assertThat(page.getElementById("units")).as("still the period's page").isNotNull();
        }

        MvcTestResult dated = mvc.get().uri(base + "/consolidated.docx").param("date", "6/1/2025")
                .with(as(setup.coordinator())).exchange();
        assertThat(dated).hasStatusOk();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(
                dated.getResponse().getContentAsByteArray()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("ngày 06 tháng 01 năm 2025");
        }
    }

    private long submitA(Setup setup) {
        long id = editing.open(setup.period().id(), setup.a());
        ReportView report = reports.get(id);
        List<ReportForm.EntryForm> entries = new ArrayList<>();
        for (EntryView entry : report.entries()) {
            entries.add(new ReportForm.EntryForm(entry.task().id(), EntryStatus.IN_PROGRESS,
                    "Đã ban hành văn bản hướng dẫn", "60", null));
        }
        editing.save(id, new ReportForm("9/DVA", "2/10/2023", null, report.header().version(), entries, null),
                List.of(), setup.a());
        editing.submit(id, setup.a());
        return id;
    }

    private long reportWithNumber(long id, vn.chiso.user.UserRow officer) {
        ReportView report = reports.get(id);
        editing.save(id, new ReportForm("1/X", "1/1/2024", null, report.header().version(), new ArrayList<>(), null),
                List.of(), ReportFixtures.user(officer));
        return id;
    }

    private int mailsTo(String email, Setup setup) {
        return jdbc.queryForObject("select count(*) from mail_outbox where recipients = ? and subject like ?",
                Integer.class, email, "%" + setup.plan().number() + "%");
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(data.account(Role.COORDINATOR))).exchange();
        assertThat(result).hasStatusOk();
        return Pages.html(result);
    }

    private long statements(String uri) {
        var coordinator = data.account(Role.COORDINATOR);
        SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(coordinator)).exchange()).hasStatusOk();
        return SqlStatements.count();
    }
}
