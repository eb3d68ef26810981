package vn.chiso.assessment.round;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/** The progress of a round and its appraisal queue, as a page and a spreadsheet. Rolled back. */
@ChisoTest
@Transactional
class ProgressPagesTests {

    private static final Instant MARCH_10 = Instant.parse("2030-03-10T02:00:00Z");
    private static final Instant MARCH_5 = Instant.parse("2030-03-05T02:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    RoundFixtures fixtures;
    UserRow coordinator;
    int year;
    RoundFixtures.CriteriaSetIds departments;
    RoundFixtures.CriteriaSetIds communes;

    @BeforeEach
    void setUp() {
        fixtures = new RoundFixtures(jdbc);
        coordinator = data.account(Role.COORDINATOR);
        year = RoundFixtures.year();
        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
        departments = fixtures.set(year, AssessedKind.DEPARTMENT, "10");
        communes = fixtures.set(year, AssessedKind.COMMUNE, "10");
    }

    /** Five units, two of them submitted (the older one late): 2 of 5, and the older submission first. */
    @Test
    void theCountsAndTheQueueWithTheOldestSubmissionFirst() {
        UnitView recent = enrol(UnitKind.DEPARTMENT, AssessmentStatus.SUBMITTED, MARCH_10, false);
        UnitView older = enrol(UnitKind.COMMUNE, AssessmentStatus.SUBMITTED, MARCH_5, true);
        List<UnitView> drafts = List.of(enrol(UnitKind.DEPARTMENT, AssessmentStatus.DRAFT, null, null),
                enrol(UnitKind.DEPARTMENT, AssessmentStatus.DRAFT, null, null),
                enrol(UnitKind.COMMUNE, AssessmentStatus.DRAFT, null, null));

        Document page = page("/assessments/" + year, coordinator);

        assertThat(page.selectFirst("#total-submitted").text()).isEqualTo("2/5");
        assertThat(page.selectFirst("#total-waiting").text()).isEqualTo("2");
        assertThat(counts(page, "ALL")).containsExactly("5", "3", "2", "0", "0", "0", "1", "0");
        assertThat(counts(page, "DEPARTMENT")).containsExactly("3", "2", "1", "0", "0", "0", "0", "0");
        assertThat(counts(page, "COMMUNE")).containsExactly("2", "1", "1", "0", "0", "0", "1", "0");
        assertThat(page.selectFirst("#kind-counts tr[data-kind=DISTRICT]")).isNull();

        List<String> queue = page.select("#queue-table tbody tr").eachAttr("data-unit");
        assertThat(queue).hasSize(5);
        assertThat(queue.subList(0, 2)).containsExactly(older.code(), recent.code());
        assertThat(queue.subList(2, 5)).containsExactlyInAnyOrderElementsOf(drafts.stream().map(UnitView::code)
                .toList());
        Element first = page.selectFirst("#queue-table tbody tr");
        assertThat(first.selectFirst(".late-badge")).isNotNull();
        assertThat(first.selectFirst("a").attr("href"))
                .isEqualTo("/assessments/" + year + "/units/" + older.id() + "/appraisal");
        assertThat(page.selectFirst("#queue-table tr[data-unit=" + drafts.get(0).code() + "] a").attr("href"))
                .isEqualTo("/assessments/" + year + "/units/" + drafts.get(0).id());
    }

    @Test
    void theQueueFiltersByKindAndStatus() {
        UnitView waiting = enrol(UnitKind.DEPARTMENT, AssessmentStatus.RESPONDED, MARCH_5, false);
        UnitView commune = enrol(UnitKind.COMMUNE, AssessmentStatus.SUBMITTED, MARCH_10, false);
        enrol(UnitKind.DEPARTMENT, AssessmentStatus.FINAL, MARCH_5, false);
        enrol(UnitKind.COMMUNE, AssessmentStatus.RETURNED, MARCH_5, false);

        assertThat(page("/assessments/" + year + "?status=WAITING", coordinator).select("#queue-table tbody tr")
                .eachAttr("data-unit")).containsExactly(waiting.code(), commune.code());
        assertThat(page("/assessments/" + year + "?kind=COMMUNE&status=SUBMITTED", coordinator)
                .select("#queue-table tbody tr").eachAttr("data-unit")).containsExactly(commune.code());
        // a value the filter does not know shows everything
        assertThat(page("/assessments/" + year + "?kind=NOPE&status=", coordinator).select("#queue-table tbody tr"))
                .hasSize(4);
        assertThat(page("/assessments/" + year + "?status=DRAFT", coordinator).selectFirst("#queue-empty")).isNotNull();
    }

    /** Leaders read final assessments only: every link they are given opens, and only the final one is linked. */
    @Test
    void aLeaderReadsTheProgressAndOpensTheUnitPageRatherThanTheAppraisal() {
        UnitView submitted = enrol(UnitKind.DEPARTMENT, AssessmentStatus.SUBMITTED, MARCH_5, false);
        enrol(UnitKind.DEPARTMENT, AssessmentStatus.DRAFT, null, null);
        enrol(UnitKind.DEPARTMENT, AssessmentStatus.RETURNED, MARCH_5, false);
        enrol(UnitKind.COMMUNE, AssessmentStatus.RESPONDED, MARCH_5, false);
        UnitView closed = enrol(UnitKind.COMMUNE, AssessmentStatus.FINAL, MARCH_10, false);
        UserRow leader = data.account(Role.LEADER);

        Document page = page("/assessments/" + year, leader);

        assertThat(page.select("#queue-table tbody tr")).hasSize(5);
        assertThat(page.select("#queue-table tbody a").eachAttr("href"))
                .containsExactly("/assessments/" + year + "/units/" + closed.id());
        List<String> links = page.select("a[href^=/assessments]").eachAttr("href");
        assertThat(links).hasSizeGreaterThan(3);
        for (String link : links) {
            assertThat(mvc.get().uri(link).with(as(leader)).exchange().getResponse().getStatus()).as(link)
                    .isEqualTo(200);
        }
        assertThat(mvc.get().uri("/assessments/{y}/units/{u}", year, submitted.id()).with(as(leader)))
                .as("what is not linked is not readable either").hasStatus(HttpStatus.NOT_FOUND);
        assertThat(page.select(".round-tabs a").eachAttr("href")).noneMatch(href -> href.endsWith("/settings"));
    }

    @Test
    void theSpreadsheetHasTheCountsAndTheQueue() throws IOException {
        UnitView submitted = enrol(UnitKind.DEPARTMENT, AssessmentStatus.SUBMITTED, MARCH_5, true);
        enrol(UnitKind.DEPARTMENT, AssessmentStatus.DRAFT, null, null);

        byte[] xlsx = mvc.get().uri("/assessments/{y}/progress.xlsx", year).with(as(coordinator)).exchange()
                .getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet counts = workbook.getSheetAt(0);
            assertThat(counts.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Sở, ban, ngành cấp tỉnh");
            assertThat(counts.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(2);
            Sheet queue = workbook.getSheetAt(1);
            assertThat(queue.getRow(3).getCell(0).getStringCellValue()).isEqualTo(submitted.code());
            assertThat(queue.getRow(3).getCell(5).getStringCellValue()).isEqualTo("Trễ hạn");
            assertThat(queue.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void aYearWithoutARoundHasNoProgressPage() {
        int without = RoundFixtures.year();
        assertThat(mvc.get().uri("/assessments/{y}", without).with(as(coordinator))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/assessments/{y}/progress.xlsx", without).with(as(coordinator)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    /** The round's pages cost the same statements for twice the units. */
    @Test
    void theRoundsPagesRunAFixedNumberOfStatements() {
        for (int i = 0; i < 3; i++) {
            scored(enrol(UnitKind.DEPARTMENT, AssessmentStatus.SUBMITTED, MARCH_5, false));
        }
        UserRow leader = data.account(Role.LEADER);
        List<String> pages = List.of("/assessments", "/assessments/" + year, "/assessments/" + year + "?kind=DEPARTMENT",
                "/assessments/" + year + "/progress.xlsx", "/assessments/" + year + "/settings",
                "/assessments/" + year + "/survey");
        List<Long> before = statements(pages, leader);

        for (int i = 0; i < 3; i++) {
            scored(enrol(UnitKind.DEPARTMENT, AssessmentStatus.SUBMITTED, MARCH_10, false));
        }
        List<Long> after = statements(pages, leader);

        assertThat(after).isEqualTo(before);
    }

    private List<Long> statements(List<String> pages, UserRow leader) {
        List<Long> counts = new ArrayList<>();
        for (String uri : pages) {
            UserRow user = uri.endsWith("/settings") || uri.endsWith("/survey") || uri.equals("/assessments")
                    ? coordinator : leader;
            SqlStatements.reset();
            assertThat(mvc.get().uri(uri).with(as(user)).exchange()).as(uri).hasStatusOk();
            counts.add(SqlStatements.count());
        }
        return counts;
    }

    private void scored(UnitView unit) {
        long id = jdbc.queryForObject("select id from assessment where year = ? and unit_id = ?", Long.class, year,
                unit.id());
        fixtures.score(id, departments.scored(), "8", "7");
    }

    private UnitView enrol(UnitKind kind, AssessmentStatus status, Instant submittedAt, Boolean late) {
        UnitView unit = data.unit(kind);
        long set = kind == UnitKind.COMMUNE ? communes.id() : departments.id();
        fixtures.assessment(year, unit.id(), set, status, submittedAt, late);
        return unit;
    }

    private static List<String> counts(Document page, String kind) {
        return page.select("#kind-counts tr[data-kind=" + kind + "] td").eachText();
    }

    private Document page(String uri, UserRow user) {
        return Jsoup.parse(Pages.html(mvc.get().uri(uri).with(as(user)).exchange()));
    }
}
