package vn.chiso.assessment.ranking;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
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
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * The ranking page and its spreadsheet as leaders and coordinators read them, and the dashboard's link to it. Each
 * test has years of its own and rolls back.
 */
@ChisoTest
@Transactional
class RankingPagesTests {

    private static final String MINUS = "\u2212";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Rankings rankings;

    AssessmentFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new AssessmentFixtures(jdbc);
    }

    /**
     * Provincial bodies and districts together: 3 Tốt of 7 is 42,86 %, 4 Khá 57,14 %; the year before 1 Tốt,
     * 1 Khá, 1 Trung bình.
     */
    @Test
    void theCountsAndSharesComeFromTheCountsWithTheChangeSinceTheYearBefore() {
        int year = 2062;
        Year2062 setUp = twoYears(year);

        Document page = page("/assessments/" + year + "/ranking", data.account(Role.LEADER));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Xếp hạng CCHC các cơ quan, đơn vị năm 2062");
        assertThat(page.selectFirst("#thresholds").text())
                .isEqualTo("Ngưỡng xếp loại: Tốt từ 90,00 %; Khá từ 80,00 %; Trung bình từ 70,00 %; dưới 70,00 % là Yếu.");
        Element provincial = page.selectFirst("table.counts[data-group=PROVINCIAL]");
        assertThat(provincial.selectFirst("caption").text())
                .isEqualTo("Cơ quan, đơn vị cấp tỉnh và UBND cấp huyện: 7 đơn vị");
        assertThat(figures(provincial, "GOOD")).containsExactly("3", "42,86 %", "+2");
        assertThat(figures(provincial, "FAIR")).containsExactly("4", "57,14 %", "+3");
        assertThat(figures(provincial, "AVERAGE")).containsExactly("0", "0,00 %", MINUS + "1");
        assertThat(figures(provincial, "WEAK")).containsExactly("0", "0,00 %", "0");
        Element departments = page.selectFirst("table.counts[data-group=DEPARTMENT]");
        assertThat(figures(departments, "GOOD")).containsExactly("2", "40,00 %", "+1");
        assertThat(page.select("table.counts").eachAttr("data-group"))
                .containsExactly("PROVINCIAL", "DEPARTMENT", "DISTRICT");
        assertThat(page.selectFirst("#pending").text())
                .isEqualTo("1 bản đánh giá chưa thẩm định xong nên chưa được tính vào xếp hạng và số lượng xếp loại.");

        // each kind ranked on its own, best first, with last year's place
        List<Element> rows = page.select("#kind-DEPARTMENT tbody tr");
        assertThat(rows).extracting(row -> row.attr("data-rank")).containsExactly("1", "2", "3", "4", "5");
        Element best = rows.get(0);
        assertThat(best.attr("data-unit")).isEqualTo(String.valueOf(setUp.tracked()));
        assertThat(best.selectFirst("a").attr("href"))
                .isEqualTo("/assessments/" + year + "/units/" + setUp.tracked());
        assertThat(best.selectFirst("[data-figure=self]").text()).isEqualTo("85,00");
        assertThat(best.selectFirst("[data-figure=appraised]").text()).isEqualTo("85,00");
        assertThat(best.selectFirst("[data-figure=survey]").text()).isEqualTo("10,00");
        assertThat(best.selectFirst("[data-figure=total]").text()).isEqualTo("95,00");
        assertThat(best.selectFirst("[data-figure=max]").text()).isEqualTo("100,00");
        assertThat(best.selectFirst("[data-figure=percent]").text()).isEqualTo("95,00 %");
        assertThat(best.selectFirst(".rating").text()).isEqualTo("Tốt");
        assertThat(best.selectFirst("[data-figure=previous]").text()).isEqualTo("90,00 % hạng 1/2");
        assertThat(best.selectFirst("[data-figure=change]").text()).isEqualTo("+5,00 0 bậc");
        assertThat(rows.get(4).selectFirst(".rating").text()).isEqualTo("Khá");
        assertThat(rows.get(4).selectFirst("[data-figure=previous]").text()).isEqualTo("—");
        assertThat(page.select("#kind-DISTRICT tbody tr")).hasSize(2);
        assertThat(page.selectFirst("a[href=/assessments/" + year + "/analysis]")).isNotNull();
        assertThat(page.select(".years a").eachText()).contains("2061", "2062");
    }

    @Test
    void theSpreadsheetHasTheCountsAndOneSheetPerKind() throws IOException {
        int year = 2066;
        Year2062 setUp = twoYears(year);

        byte[] xlsx = mvc.get().uri("/assessments/" + year + "/ranking.xlsx").with(as(data.account(Role.COORDINATOR)))
                .exchange().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Số lượng xếp loại");
            Row good = find(workbook.getSheetAt(0), "Cơ quan, đơn vị cấp tỉnh và UBND cấp huyện", "Tốt");
            assertThat(good.getCell(2).getNumericCellValue()).isEqualTo(3);
            assertThat(good.getCell(3).getNumericCellValue()).isEqualTo(42.86);
            assertThat(good.getCell(4).getNumericCellValue()).isEqualTo(2);
            Sheet departments = workbook.getSheet("Sở, ban, ngành cấp tỉnh");
            Row first = departments.getRow(3);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo(setUp.trackedName());
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(95);
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("Tốt");
            assertThat(first.getCell(9).getNumericCellValue()).isEqualTo(90);
            assertThat(departments.getLastRowNum()).isEqualTo(3 + 4);
            assertThat(workbook.getSheet("UBND cấp huyện")).isNotNull();
        }
    }

    @Test
    void withoutThresholdsTheUnitsAreRankedButNotRatedAndThePageSaysSo() {
        int year = 2068;
        fixtures.year(year);
        OneCriterion set = OneCriterion.of(fixtures, year, AssessedKind.COMMUNE, "90", "10");
        long better = set.finalUnit(data, "80", "10");
        set.finalUnit(data, "50", "10");

        Document page = page("/assessments/" + year + "/ranking", data.account(Role.COORDINATOR));

        assertThat(page.selectFirst("#no-thresholds").text()).startsWith("Năm 2068 chưa có ngưỡng xếp loại");
        assertThat(page.selectFirst("#no-thresholds a").attr("href")).isEqualTo("/assessments/2068/settings");
        assertThat(page.selectFirst("#counts")).isNull();
        assertThat(page.select("#kind-COMMUNE .rating")).isEmpty();
        assertThat(page.select("#kind-COMMUNE tbody tr").get(0).attr("data-unit")).isEqualTo(String.valueOf(better));
    }

    @Test
    void leadersAndCoordinatorsSeeTheRankingAndOfficersAreRefused() {
        int year = 2070;
        fixtures.year(year, "90", "80", "70");
        OneCriterion set = OneCriterion.of(fixtures, year, AssessedKind.DEPARTMENT, "90", "10");
        long unit = set.finalUnit(data, "80", "10");
        UserRow officer = data.account(Role.OFFICER, unit);
        for (String uri : List.of("/assessments/" + year + "/ranking", "/assessments/" + year + "/ranking.xlsx",
                "/assessments/" + year + "/analysis", "/assessments/" + year + "/analysis.xlsx")) {
            assertThat(mvc.get().uri(uri).with(as(officer)).exchange()).as(uri).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri(uri).with(as(data.account(Role.LEADER))).exchange()).as(uri).hasStatusOk();
            assertThat(mvc.get().uri(uri).with(as(data.account(Role.COORDINATOR))).exchange()).as(uri)
                    .hasStatusOk();
        }
    }

    @Test
    void aYearWithoutARoundIsNotFound() {
        UserRow leader = data.account(Role.LEADER);
        for (String uri : List.of("/assessments/2071/ranking", "/assessments/2071/ranking.xlsx",
                "/assessments/2071/analysis", "/assessments/2071/analysis.xlsx")) {
            assertThat(mvc.get().uri(uri).with(as(leader)).exchange()).as(uri).hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void theRankingSendsTheSameStatementsForTwiceTheUnits() {
        int year = 2073;
        fixtures.year(year - 1, "90", "80", "70").year(year, "90", "80", "70");
        List<OneCriterion> sets = new ArrayList<>();
        for (AssessedKind kind : AssessedKind.values()) {
            sets.add(OneCriterion.of(fixtures, year - 1, kind, "90", "10"));
            sets.add(OneCriterion.of(fixtures, year, kind, "90", "10"));
        }
        sets.forEach(set -> addUnits(set, 3));
        UserRow leader = data.account(Role.LEADER);
        long page = statements("/assessments/" + year + "/ranking", leader);
        long xlsx = statements("/assessments/" + year + "/ranking.xlsx", leader);

        sets.forEach(set -> addUnits(set, 3));

        assertThat(statements("/assessments/" + year + "/ranking", leader)).isEqualTo(page);
        assertThat(statements("/assessments/" + year + "/ranking.xlsx", leader)).isEqualTo(xlsx);
        assertThat(page).isLessThanOrEqualTo(10);
    }

    @Test
    void theDashboardLinksLeadersToTheLatestRankedYear() {
        fixtures.year(2098, "90", "80", "70");
        long unit = OneCriterion.of(fixtures, 2098, AssessedKind.DEPARTMENT, "90", "10").finalUnit(data, "80", "10");
        String ranking = "/assessments/" + rankings.latestRankedYear().orElseThrow() + "/ranking";

        Document home = page("/dashboard", data.account(Role.LEADER));

        assertThat(home.selectFirst("#ranking-card a").attr("href")).isEqualTo(ranking);
        String tab = home.selectFirst("#ranking-tab").attr("href");
        assertThat(mvc.get().uri(tab).with(as(data.account(Role.LEADER)))).hasRedirectedUrl(ranking);
        Document officers = page("/dashboard", data.account(Role.OFFICER, unit));
        assertThat(officers.selectFirst("#ranking-card")).isNull();
        assertThat(officers.selectFirst("#ranking-tab")).isNull();
        assertThat(mvc.get().uri(tab).with(as(data.account(Role.OFFICER, unit)))).hasStatus(HttpStatus.FORBIDDEN);
        Document rankingPage = page(ranking, data.account(Role.LEADER));
        assertThat(rankingPage.selectFirst("#ranking-tab").hasClass("active")).isTrue();
    }

    @Test
    void withoutARankedYearTheRankingTabLeadsToTheRounds() {
        jdbc.update("update assessment set status = 'SUBMITTED' where status = 'FINAL'");

        Document home = page("/dashboard", data.account(Role.COORDINATOR));

        assertThat(home.selectFirst("#ranking-card")).isNull();
        String tab = home.selectFirst("#ranking-tab").attr("href");
        assertThat(mvc.get().uri(tab).with(as(data.account(Role.COORDINATOR)))).hasRedirectedUrl("/assessments");
    }

    /**
     * The year before: 2 departments (one Tốt, one Trung bình), one district (Khá). The year: 5 departments (the one
     * tracked first with 95 %, then 92, 85, 84 and 83 %), 2 districts (91 and 81 %), one department still submitted.
     */
    private Year2062 twoYears(int year) {
        fixtures.year(year - 1, "90", "80", "70").year(year, "90", "80", "70");
        OneCriterion departmentsBefore = OneCriterion.of(fixtures, year - 1, AssessedKind.DEPARTMENT, "90", "10");
        OneCriterion districtsBefore = OneCriterion.of(fixtures, year - 1, AssessedKind.DISTRICT, "90", "10");
        long tracked = departmentsBefore.finalUnit(data, "80", "10");
        departmentsBefore.finalUnit(data, "65", "10");
        districtsBefore.finalUnit(data, "72", "10");
        OneCriterion departments = OneCriterion.of(fixtures, year, AssessedKind.DEPARTMENT, "90", "10");
        OneCriterion districts = OneCriterion.of(fixtures, year, AssessedKind.DISTRICT, "90", "10");
        departments.finalUnit(tracked, "85", "10");
        departments.finalUnit(data, "82", "10");
        departments.finalUnit(data, "75", "10");
        departments.finalUnit(data, "76", "8");
        departments.finalUnit(data, "73", "10");
        districts.finalUnit(data, "81", "10");
        districts.finalUnit(data, "71", "10");
        departments.unit(data, "90", null, null, AssessmentStatus.SUBMITTED);
        String name = jdbc.queryForObject("select name from unit where id = ?", String.class, tracked);
        return new Year2062(tracked, name);
    }

    private record Year2062(long tracked, String trackedName) {
    }

    private void addUnits(OneCriterion set, int count) {
        for (int i = 0; i < count; i++) {
            set.finalUnit(data, String.valueOf(60 + 7 * i), "9");
        }
    }

    private static List<String> figures(Element counts, String rating) {
        Element row = counts.selectFirst("tr[data-rating=" + rating + "]");
        return List.of(row.selectFirst("[data-figure=count]").text(), row.selectFirst("[data-figure=percent]").text(),
                row.selectFirst("[data-figure=change]").text());
    }

    private static Row find(Sheet sheet, String group, String rating) {
        for (Row row : sheet) {
            if (row.getRowNum() > 2 && row.getCell(0).getStringCellValue().equals(group)
                    && row.getCell(1).getStringCellValue().equals(rating)) {
                return row;
            }
        }
        throw new AssertionError("no row " + group + " / " + rating);
    }

    private long statements(String uri, UserRow user) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(user)).exchange()).as(uri).hasStatusOk();
        return SqlStatements.count();
    }

    private Document page(String uri, UserRow user) {
        var result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }
}
