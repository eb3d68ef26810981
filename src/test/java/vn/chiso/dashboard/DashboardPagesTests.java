package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.result.ManualEntries;
import vn.chiso.index.result.ManualEntryForm;
import vn.chiso.index.result.ManualValue;
import vn.chiso.index.result.ResultQueries;
import vn.chiso.index.result.TreeRow;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetForm;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.unit.UnitService;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/** The index dashboard and the list of missed targets on the demo data, as a leader reads them. */
@ChisoTest
class DashboardPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    ResultQueries results;

    @Autowired
    ManualEntries entries;

    @Autowired
    PlanFixtures plans;

    @Autowired
    TargetService targets;

    @Autowired
    UnitService units;

    @Test
    void thePapiDashboardShowsTheProvinceAmongAllProvincesAndInItsRegion() {
        Document page = page("/dashboard/indices/PAPI", data.account(Role.LEADER));
        assertThat(page.selectFirst("h1").text()).isEqualTo("PAPI năm 2022");
        assertThat(page.selectFirst("#standing .result-score").text()).isEqualTo("43,44");
        assertThat(page.selectFirst("#standing .result-rank").text()).isEqualTo("16/61");

        Element chart = page.selectFirst("canvas[data-ranking]");
        List<String> names = Arrays.asList(chart.attr("data-names").split("\\|"));
        List<String> ours = Arrays.asList(chart.attr("data-ours").split(","));
        assertThat(names).hasSize(61);
        assertThat(names.get(ours.indexOf("true"))).isEqualTo("Khánh Hòa");
        assertThat(ours.indexOf("true")).isEqualTo(15);

        // our place in the region is counted from the region's scores
        List<Element> region = page.select("#region-table tbody tr");
        Element mine = page.selectFirst("#region-table tr[data-ours=true]");
        long better = region.stream().filter(row -> score(row).compareTo(score(mine)) > 0).count();
        assertThat(mine.child(0).text()).isEqualTo(String.valueOf(better + 1));
        assertThat(page.selectFirst(".region-place").text()).isEqualTo((better + 1) + "/" + region.size());
    }

    @Test
    void theTrendCarriesThePlansTargetAndAYearWithoutResultsSaysSo() {
        Document page = page("/dashboard/indices/PAPI?year=2023", data.account(Role.COORDINATOR));
        assertThat(page.selectFirst("h1").text()).isEqualTo("PAPI năm 2023");
        assertThat(page.selectFirst("#no-results")).isNotNull();
        Element trend = page.selectFirst("canvas[data-trend-targets]");
        List<String> years = Arrays.asList(trend.attr("data-years").split(","));
        List<String> goals = Arrays.asList(trend.attr("data-targets").split(",", -1));
        assertThat(goals.get(years.indexOf("2023"))).isEqualTo("45");
        List<String> averages = Arrays.asList(trend.attr("data-averages").split(",", -1));
        assertThat(new java.math.BigDecimal(averages.get(years.indexOf("2022"))))
                .as("the national average of 2022, computed from the 61 ranked provinces")
                .isCloseTo(new java.math.BigDecimal("42.34"), org.assertj.core.data.Offset.offset(new java.math.BigDecimal("0.005")));
        assertThat(page.selectFirst("#standing li.target-line[data-plan=6025/KH-UBND][data-kind=SCORE_AT_LEAST]")
                .attr("data-status")).isEqualTo("NO_DATA");
    }

    /** A plan aiming at 9 points for D1 in 2022 (reached: far less) puts D1 first, then what fell the most. */
    @Test
    @Transactional
    void theTreeShowsWhatIsBelowTargetFirstThenWhatFellTheMost() {
        Catalogue papi = catalogue.catalogue("PAPI");
        PlanView plan = plans.plan(2022, 2022, "PAPI");
        targets.add(plan, new TargetForm(papi.indicator("PAPI.D1").orElseThrow().id(), TargetKind.SCORE_AT_LEAST, "9",
                null, null, 2022, null, null, null));

        // narrowed to the plan: other tests' plans may aim at other PAPI 2022 figures
        Document page = page("/dashboard/indices/PAPI?year=2022&plan=" + plan.id(), data.account(Role.LEADER));
        List<Element> rows = page.select("#indicator-table tbody tr");
        assertThat(rows.get(0).attr("data-indicator")).isEqualTo("PAPI.D1");
        assertThat(rows.get(0).attr("data-status")).isEqualTo("BELOW_TARGET");
        TreeRow steepest = results.tree(papi, 2022).orElseThrow().rows().stream()
                .filter(row -> !row.indicator().code().equals("PAPI.D1") && row.scoreChange() != null)
                .min(Comparator.comparing(row -> row.scoreChange().divide(
                        row.indicator().scaleMax().subtract(row.indicator().scaleMin()), MathContext.DECIMAL64)))
                .orElseThrow();
        assertThat(rows.get(1).attr("data-indicator")).isEqualTo(steepest.indicator().code());
        assertThat(page.select("#indicator-table tbody tr[data-indicator=PAPI.D1] .target").text()).contains("còn thiếu");
    }

    @Test
    void theDepartmentsSipas2022IsFlaggedInTheTreeAndInTheListOfThatYear() {
        Document sipas = page("/dashboard/indices/SIPAS?year=2022", data.account(Role.LEADER));
        Element departments = sipas.selectFirst("#indicator-table tr[data-indicator=SIPAS.DEPT]");
        assertThat(departments.attr("data-status")).isEqualTo("BELOW_TARGET");
        assertThat(departments.text()).contains("82,77 %", "còn thiếu 0,23 điểm %");

        Document list = page("/dashboard/below-target?year=2022", data.account(Role.LEADER));
        Element missed = list.selectFirst(".missed-target[data-plan=8416/KH-UBND][data-indicator=SIPAS.DEPT]");
        assertThat(missed.selectFirst(".gap").text()).isEqualTo("còn thiếu 0,23 điểm %");
        assertThat(missed.selectFirst(".lead-unit").text()).contains(units.findByCode("SNV").orElseThrow().name());
    }

    /** The home page flags a closed plan's target of the latest year with results; so does the list opened from it. */
    @Test
    void withoutAYearTheListHasEveryTargetTheHomePageFlags() {
        UserRow leader = data.account(Role.LEADER);
        Document home = page("/dashboard", leader);
        List<String> flagged = home.select("li.target-line[data-status=BELOW_TARGET]").stream()
                .map(line -> line.attr("data-plan") + " " + line.attr("data-indicator") + " " + line.attr("data-year"))
                .toList();
        assertThat(flagged).contains("8416/KH-UBND SIPAS.DEPT 2022");

        Document list = page("/dashboard/below-target", leader);
        List<String> listed = list.select(".missed-target").stream()
                .map(row -> row.attr("data-plan") + " " + row.attr("data-indicator") + " " + row.attr("data-year"))
                .toList();
        assertThat(listed).containsAll(flagged);
    }

    /** Rolled back: a 2023 PAPI result of 44,10 misses the 45,00 of plan 6025/KH-UBND. */
    @Test
    @Transactional
    void aMissedTargetListsTheTasksWorkingOnItWithTheirUnitsProgress() {
        long papi = catalogue.index("PAPI").aggregate().id();
        entries.save("PAPI", 2023, new ManualEntryForm("61", "thử", List.of(new ManualValue(papi, "44,10", "20", null))),
                "tester");
        Document list = page("/dashboard/below-target", data.account(Role.LEADER));
        Element missed = list.selectFirst(".missed-target[data-plan=6025/KH-UBND][data-indicator=PAPI][data-year=2023]");
        assertThat(missed.selectFirst(".gap").text()).isEqualTo("còn thiếu 0,90 điểm");
        long finance = units.findByCode("STC").orElseThrow().id();
        // II.1.b, on D1.4 and D2.3: the Department of Finance reported it done in its accepted report
        Element guidance = missed.select(".linked-tasks tr[data-unit=" + finance + "]").stream()
                .filter(row -> row.text().contains("Hoàn thành 100 %")).findFirst().orElse(null);
        assertThat(guidance).isNotNull();
        assertThat(missed.select(".linked-tasks").text()).contains("6025/KH-UBND II.1.b", "Sở Tài chính");

        byte[] xlsx = mvc.get().uri("/dashboard/below-target.xlsx").with(as(data.account(Role.LEADER))).exchange()
                .getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row row = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                    .filter(r -> r.getCell(2) != null && "6025/KH-UBND".equals(r.getCell(2).getStringCellValue())
                            && r.getCell(3) != null && r.getCell(3).getNumericCellValue() == 2023
                            && r.getCell(6) != null && Math.abs(r.getCell(6).getNumericCellValue() - 0.9) < 1e-9)
                    .findFirst().orElse(null);
            assertThat(row).isNotNull();
            assertThat(row.getCell(9).getStringCellValue()).contains("II.1.b Sở Tài chính: Hoàn thành 100 %");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anOfficerReadsTheIndicesButNotTheListsOfOtherUnits() {
        UserRow officer = data.account(Role.OFFICER);
        assertThat(mvc.get().uri("/dashboard").with(as(officer)).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/dashboard/indices/PAPI").with(as(officer)).exchange()).hasStatusOk();
        for (String uri : List.of("/dashboard/below-target", "/dashboard/below-target.xlsx", "/api/v1/plans/1/targets")) {
            assertThat(mvc.get().uri(uri).with(as(officer)).exchange()).as(uri).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/dashboard").with(as(data.account(Role.ADMIN))).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/dashboard/indices/NOPE").with(as(officer)).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theIndexTablesExportToASpreadsheetWithTheSameFigures() throws Exception {
        byte[] xlsx = mvc.get().uri("/dashboard/indices/PAPI.xlsx?year=2022").with(as(data.account(Role.LEADER)))
                .exchange().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            Row aggregate = java.util.stream.StreamSupport.stream(workbook.getSheetAt(0).spliterator(), false)
                    .filter(r -> r.getCell(0) != null && "PAPI".equals(r.getCell(0).getStringCellValue()))
                    .findFirst().orElseThrow();
            // the stored score with its full precision, shown with two decimals
            assertThat(aggregate.getCell(2).getNumericCellValue()).isCloseTo(43.44, org.assertj.core.data.Offset.offset(0.005));
            assertThat(aggregate.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(aggregate.getCell(3).getNumericCellValue()).isEqualTo(16);
            assertThat(workbook.getSheetAt(1).getLastRowNum() - 2).isEqualTo(61);
        }
    }

    private static BigDecimal score(Element row) {
        return new BigDecimal(row.child(2).text().replace(".", "").replace(',', '.'));
    }

    private Document page(String uri, UserRow user) {
        var result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }
}
