package vn.chiso.dashboard.progress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestClock;
import vn.chiso.TestData;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.report.timeliness.Counts;
import vn.chiso.report.timeliness.MissedReport;
import vn.chiso.report.timeliness.Ranking;
import vn.chiso.report.timeliness.ReportingTimeliness;
import vn.chiso.report.timeliness.UnitRank;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chiso.TestData.as;

/**
 * The timeliness ranking: on-time rates over the last periods whose deadline has passed, shared ranks, the missing
 * reports oldest first; the page and the spreadsheet say the same.
 */
@ChisoTest
class TimelinessRankingTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    TaskService tasks;
    @Autowired
    TestData data;
    @Autowired
    ReportEditing editing;
    @Autowired
    ProgressReports reports;
    @Autowired
    TestClock clock;
    @Autowired
    ReportingTimeliness timeliness;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * Quarterly deadlines in 2037, seen on 1/10/2037 (the fourth not yet due). A and B always report on time; C on
     * time, then late, then not at all; D never.
     */
    private Scenario scenario() {
        int year = 2037;
        Setup setup = fixtures.setup(LocalDate.of(year, 3, 15));
        for (int month : new int[] {6, 9, 12}) {
            periods.addRule(setup.plan().id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo quý " + month / 3,
                    LocalDate.of(year, month, 15), null, null, false));
        }
        UnitView c = data.unit(UnitKind.DEPARTMENT);
        UnitView d = data.unit(UnitKind.DISTRICT);
        UserRow officerC = data.account(Role.OFFICER, c.id());
        tasks.add(setup.plan(), TaskProgressTests.task("III.1", c.id(), null));
        tasks.add(setup.plan(), TaskProgressTests.task("III.2", d.id(), null));
        List<ReportingPeriodView> quarters = periods.periods(setup.plan().id());
        ReportWriter writer = new ReportWriter(editing, reports, clock);
        for (ReportingPeriodView quarter : quarters.subList(0, 3)) {
            LocalDateTime dayBefore = quarter.deadline().minusDays(1).atTime(9, 0);
            writer.submit(quarter, setup.a(), dayBefore);
            writer.submit(quarter, setup.b(), dayBefore);
        }
        writer.submit(quarters.get(0), ReportFixtures.user(officerC), quarters.get(0).deadline().atTime(23, 0));
        writer.submit(quarters.get(1), ReportFixtures.user(officerC), quarters.get(1).deadline().plusDays(2).atTime(8, 0));
        clock.set(LocalDateTime.of(year, 10, 1, 9, 0).atZone(ReportWriter.VIETNAM).toInstant());
        return new Scenario(setup, c, d, quarters);
    }

    private record Scenario(Setup setup, UnitView c, UnitView d, List<ReportingPeriodView> quarters) {
    }

    @Test
    void unitsAreRankedByTheirOnTimeRateOverThePastPeriodsAndEqualRatesShareARank() {
        Scenario s = scenario();
        Ranking all = timeliness.ranking(List.of(s.setup().plan().id()), null, 4);

        assertThat(all.units()).extracting(UnitRank::rank).containsExactly(1, 1, 3, 4);
        assertThat(all.units().subList(0, 2)).extracting(row -> row.unit().id())
                .containsExactlyInAnyOrder(s.setup().unitA().id(), s.setup().unitB().id());
        assertThat(all.units().get(0).counts()).isEqualTo(new Counts(3, 3, 0, 0, 0));
        assertThat(all.units().get(2)).satisfies(row -> {
            assertThat(row.unit().id()).isEqualTo(s.c().id());
            assertThat(row.counts()).isEqualTo(new Counts(3, 1, 1, 1, 0));
            assertThat(row.counts().onTimeRate()).isEqualByComparingTo("33.33");
        });
        assertThat(all.units().get(3).unit().id()).isEqualTo(s.d().id());
        assertThat(all.units().get(3).counts().onTimeRate()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(all.totals()).isEqualTo(new Counts(12, 7, 1, 4, 0));

        LocalDate today = LocalDate.of(2037, 10, 1);
        assertThat(all.missing()).extracting(missed -> missed.unit().id(), MissedReport::periodId,
                MissedReport::daysSinceDeadline).containsExactlyInAnyOrder(
                tuple(s.d().id(), s.quarters().get(0).id(), days(s.quarters().get(0), today)),
                tuple(s.d().id(), s.quarters().get(1).id(), days(s.quarters().get(1), today)),
                tuple(s.c().id(), s.quarters().get(2).id(), 16L),
                tuple(s.d().id(), s.quarters().get(2).id(), 16L));
        assertThat(all.missing()).extracting(MissedReport::deadline).isSorted();
        assertThat(all.missing()).extracting(MissedReport::planNumber).containsOnly(s.setup().plan().number());

        Ranking lastTwo = timeliness.ranking(List.of(s.setup().plan().id()), null, 2);
        assertThat(lastTwo.units()).extracting(UnitRank::rank, row -> row.unit().id(), row -> row.counts().missing())
                .endsWith(tuple(3, s.c().id(), 1), tuple(3, s.d().id(), 2));
        assertThat(lastTwo.missing()).hasSize(3);

        assertThat(timeliness.ranking(List.of(s.setup().plan().id()), 2036, 4).units()).as("no period due in 2036")
                .isEmpty();
        assertThat(timeliness.ranking(List.of(s.setup().plan().id()), 2037, 2).units()).as("the last two of 2037")
                .extracting(UnitRank::rank, row -> row.unit().id(), row -> row.counts().missing())
                .endsWith(tuple(3, s.c().id(), 1), tuple(3, s.d().id(), 2));
    }

    /** Without a plan: the plans in force, or those with periods due in the year chosen, narrowed to an index. */
    @Test
    void theYearAndIndexNarrowThePlansRankedAndOffered() {
        Scenario s = scenario();
        long plan = s.setup().plan().id();
        String c = "#unit-ranking tr[data-unit=" + s.c().id() + "]";

        Document inForce = page(s.setup().leader(), "/dashboard/timeliness");
        assertThat(inForce.select(c + " td[data-count]").eachText()).startsWith("3", "1", "1", "1");
        Document ofTheYear = page(s.setup().leader(), "/dashboard/timeliness?year=2037&index=PAPI");
        assertThat(ofTheYear.select(c)).hasSize(1);
        assertThat(ofTheYear.select("#filter-plan option").eachAttr("value")).contains(String.valueOf(plan));
        assertThat(ofTheYear.selectFirst("#scope").text())
                .contains("các kế hoạch có kỳ báo cáo đến hạn trong năm 2037 về PAPI");

        Document otherIndex = page(s.setup().leader(), "/dashboard/timeliness?year=2037&index=PCI");
        assertThat(otherIndex.select(c)).isEmpty();
        assertThat(otherIndex.select("#filter-plan option").eachAttr("value")).doesNotContain(String.valueOf(plan));
        assertThat(mvc.get().uri("/dashboard/timeliness?year=2036&plan={id}", plan).with(as(s.setup().leader())))
                .as("a plan outside the year is not on offer").hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePageRanksTheUnitsAndListsTheMissingReportsWithLinksToTheirPeriods() {
        Scenario s = scenario();
        long plan = s.setup().plan().id();
        Document page = page(s.setup().leader(), "/dashboard/timeliness?plan=" + plan + "&periods=2");

        List<Element> rows = page.select("#unit-ranking tbody tr");
        assertThat(rows).extracting(row -> row.attr("data-rank")).containsExactly("1", "1", "3", "3");
        Element c = rows.get(2);
        assertThat(c.attr("data-unit")).isEqualTo(String.valueOf(s.c().id()));
        assertThat(c.select("td[data-count]").eachText()).containsExactly("2", "0", "1", "1", "0,00 %");
        assertThat(rows.get(0).selectFirst("[data-count=rate]").text()).isEqualTo("100,00 %");
        assertThat(c.selectFirst("a").attr("href")).isEqualTo("/units/" + s.c().id() + "/reports");
        assertThat(page.selectFirst("#totals").attr("data-missing")).isEqualTo("3");

        List<Element> missing = page.select("#missing-reports tbody tr");
        assertThat(missing).hasSize(3);
        assertThat(missing.get(0).attr("data-unit")).isEqualTo(String.valueOf(s.d().id()));
        assertThat(missing.get(0).select("a[href^='/plans/']").attr("href"))
                .isEqualTo("/plans/" + plan + "/periods/" + s.quarters().get(1).id());
        assertThat(missing.get(0).selectFirst(".deadline").text()).isEqualTo("15/06/2037");
        assertThat(page.select("a[href^='/dashboard/timeliness.xlsx']").attr("href"))
                .isEqualTo("/dashboard/timeliness.xlsx?plan=" + plan + "&periods=2");
    }

    @Test
    void theSpreadsheetHasTheRankingAndTheMissingReportsOfThePage() throws IOException {
        Scenario s = scenario();
        MvcTestResult xlsx = mvc.get().uri("/dashboard/timeliness.xlsx?plan={id}&periods=2", s.setup().plan().id())
                .with(as(s.setup().leader())).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            Sheet ranking = workbook.getSheetAt(0);
            assertThat(ranking.getLastRowNum()).isEqualTo(3 + 3);
            Row c = ranking.getRow(5);
            assertThat(c.getCell(1).getStringCellValue()).isEqualTo(s.c().name());
            assertThat(List.of(0, 2, 3, 4, 5, 6)).extracting(i -> c.getCell(i).getNumericCellValue())
                    .containsExactly(3.0, 2.0, 0.0, 1.0, 1.0, 0.0);
            assertThat(ranking.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(100.0);

            Sheet missing = workbook.getSheetAt(1);
            assertThat(missing.getLastRowNum()).isEqualTo(3 + 2);
            Row oldest = missing.getRow(3);
            assertThat(oldest.getCell(0).getStringCellValue()).isEqualTo(s.d().name());
            assertThat(oldest.getCell(1).getStringCellValue()).isEqualTo(s.setup().plan().number());
            assertThat(oldest.getCell(2).getStringCellValue()).isEqualTo(s.quarters().get(1).label());
            assertThat(oldest.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2037, 6, 15));
            assertThat(oldest.getCell(4).getNumericCellValue()).isEqualTo(108.0);
        }
    }

    private static long days(ReportingPeriodView period, LocalDate today) {
        return ChronoUnit.DAYS.between(period.deadline(), today);
    }

    private Document page(UserRow user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }
}
