package vn.chiso.dashboard.progress;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestClock;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.report.progress.PlanProgress;
import vn.chiso.report.progress.TaskCounts;
import vn.chiso.report.progress.TaskProgress;
import vn.chiso.report.progress.UnitProgress;
import vn.chiso.report.timeliness.MissedReport;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.chiso.TestData.as;
import static vn.chiso.report.timeliness.UnitState.LATE;
import static vn.chiso.report.timeliness.UnitState.MISSING;

/**
 * The task progress dashboard: each unit's tasks by the status of its latest submitted report, overdue tasks, late
 * and missing reports, the late units first; the same figures in the spreadsheet; a fixed number of statements.
 */
@ChisoTest
class TaskProgressTests {

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
    TaskProgress progress;
    @Autowired
    PlanFixtures planFixtures;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /**
     * Half-yearly and yearly reports in 2035. A submits the first on time (one task done, one under way, one with a
     * deadline of 30/9 not started) and only drafts the second; B submits the first late and the second with all
     * done; C, given one task, never reports. Seen on 20/12/2035.
     */
    private Scenario scenario() {
        int year = 2035;
        Setup setup = fixtures.setup(LocalDate.of(year, 6, 15));
        PlanView plan = setup.plan();
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo năm", LocalDate.of(year, 12, 15), null,
                null, false));
        UnitView c = data.unit(UnitKind.DEPARTMENT);
        tasks.add(plan, task("II.3", setup.unitA().id(), LocalDate.of(year, 9, 30)));
        tasks.add(plan, task("II.4", setup.unitB().id(), LocalDate.of(year, 9, 30)));
        tasks.add(plan, task("II.5", c.id(), null));
        Map<String, Long> task = tasks.of(plan.id()).stream().collect(Collectors.toMap(TaskView::section, TaskView::id));
        List<ReportingPeriodView> both = periods.periods(plan.id());
        ReportWriter writer = new ReportWriter(editing, reports, clock);

        writer.submit(both.get(0), setup.a(), Map.of(task.get("II.1.a"), EntryStatus.DONE, task.get("II.1.b"),
                EntryStatus.IN_PROGRESS), LocalDateTime.of(year, 6, 10, 9, 0));
        writer.save(both.get(1), setup.a(), Map.of(task.get("II.1.a"), EntryStatus.DONE, task.get("II.1.b"),
                EntryStatus.DONE, task.get("II.3"), EntryStatus.DONE), LocalDateTime.of(year, 12, 20, 8, 0));
        writer.submit(both.get(0), setup.b(), Map.of(task.get("II.1.b"), EntryStatus.DONE, task.get("II.2.a"),
                EntryStatus.IN_PROGRESS, task.get("II.4"), EntryStatus.IN_PROGRESS), LocalDateTime.of(year, 6, 20, 9, 0));
        writer.submit(both.get(1), setup.b(), Map.of(task.get("II.1.b"), EntryStatus.DONE, task.get("II.2.a"),
                EntryStatus.DONE, task.get("II.4"), EntryStatus.DONE), LocalDateTime.of(year, 12, 14, 9, 0));
        clock.set(LocalDateTime.of(year, 12, 20, 10, 0).atZone(ReportWriter.VIETNAM).toInstant());
        return new Scenario(setup, c, both.get(0), both.get(1));
    }

    private record Scenario(Setup setup, UnitView c, ReportingPeriodView first, ReportingPeriodView second) {
    }

    @Test
    void eachUnitsTasksCountAsItsLatestSubmittedReportSaysAndTheLateUnitsComeFirst() {
        Scenario s = scenario();
        PlanProgress plan = progress.ofPlan(s.setup().plan().id());

        assertThat(plan.units()).extracting(row -> row.unit().id(), UnitProgress::tasks, UnitProgress::behind)
                .containsExactly(
                        tuple(s.setup().unitA().id(), new TaskCounts(3, 1, 1, 1), true),
                        tuple(s.c().id(), new TaskCounts(1, 0, 0, 0), true),
                        tuple(s.setup().unitB().id(), new TaskCounts(3, 3, 0, 0), false));
        assertThat(plan.units().get(0).tasks().notStarted()).isEqualTo(1);
        assertThat(plan.units()).extracting(row -> row.missedReports().stream()
                        .map(missed -> missed.periodId() + ":" + missed.state()).toList())
                .containsExactly(List.of(s.second().id() + ":" + MISSING),
                        List.of(s.first().id() + ":" + MISSING, s.second().id() + ":" + MISSING),
                        List.of(s.first().id() + ":" + LATE));
        assertThat(plan.totals()).isEqualTo(new TaskCounts(7, 4, 1, 1));
        assertThat(plan.lateReports()).isEqualTo(1);
        assertThat(plan.missingReports()).isEqualTo(3);
        assertThat(plan.unitsBehind()).isEqualTo(2);

        List<UnitProgress> ofA = progress.ofUnit(s.setup().unitA().id());
        assertThat(ofA).filteredOn(row -> row.planId() == s.setup().plan().id()).singleElement()
                .satisfies(row -> {
                    assertThat(row.tasks()).isEqualTo(new TaskCounts(3, 1, 1, 1));
                    assertThat(row.planNumber()).isEqualTo(s.setup().plan().number());
                    assertThat(row.missedReports()).extracting(MissedReport::periodLabel, MissedReport::deadline,
                            MissedReport::daysSinceDeadline).containsExactly(tuple("Báo cáo năm",
                            LocalDate.of(2035, 12, 15), 5L));
                });
    }

    @Test
    void thePageShowsTheSameFiguresWithTheLateUnitsFlaggedAndLinkedToTheirReports() {
        Scenario s = scenario();
        Document page = page(s.setup().leader(), "/dashboard/tasks?plan=" + s.setup().plan().id());

        List<Element> rows = page.select("#unit-progress tbody tr");
        assertThat(rows).extracting(row -> row.attr("data-unit"), row -> row.attr("data-late"))
                .containsExactly(tuple(id(s.setup().unitA()), "true"), tuple(id(s.c()), "true"),
                        tuple(id(s.setup().unitB()), "false"));
        Element a = rows.get(0);
        assertThat(counts(a)).containsExactly("1", "1", "1", "1");
        assertThat(a.selectFirst("a[href]").attr("href")).isEqualTo("/units/" + s.setup().unitA().id() + "/reports");
        assertThat(a.select(".badge.border-danger")).as("flagged").hasSize(1);
        assertThat(rows.get(2).select(".badge.border-danger")).isEmpty();
        assertThat(a.select("summary [data-count]").eachText()).hasSize(1);
        assertThat(a.select("li[data-period]")).extracting(li -> li.attr("data-period"), li -> li.attr("data-state"))
                .containsExactly(tuple(String.valueOf(s.second().id()), "MISSING"));
        assertThat(counts(rows.get(2))).containsExactly("3", "0", "0", "0");
        assertThat(rows.get(2).select("li[data-state]").eachAttr("data-state")).containsExactly("LATE");
        assertThat(page.select("#totals [data-total] .fs-4").eachText()).containsExactly("4", "1", "2", "1", "1", "3");
        assertThat(page.select("#unit-progress tfoot td").eachText()).startsWith("4", "1", "2", "1");
        assertThat(page.select("form[role=search] option[selected]").attr("value"))
                .isEqualTo(String.valueOf(s.setup().plan().id()));
        assertThat(page.select("a[href^='/dashboard/tasks.xlsx']").attr("href"))
                .isEqualTo("/dashboard/tasks.xlsx?plan=" + s.setup().plan().id());
    }

    @Test
    void theSpreadsheetHasTheFiguresOfThePage() throws IOException {
        Scenario s = scenario();
        MvcTestResult xlsx = mvc.get().uri("/dashboard/tasks.xlsx?plan={id}", s.setup().plan().id())
                .with(as(s.setup().coordinator())).exchange();
        assertThat(xlsx).hasStatusOk();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains(s.setup().plan().number());
            List<List<Object>> rows = new ArrayList<>();
            for (int i = 3; i <= sheet.getLastRowNum(); i++) {
                rows.add(values(sheet.getRow(i)));
            }
            assertThat(rows).hasSize(4);
            assertThat(rows.subList(0, 3)).containsExactly(
                    List.of(s.setup().unitA().name(), 3, 1, 1, 1, 1, 0, 1),
                    List.of(s.c().name(), 1, 0, 0, 1, 0, 0, 2),
                    List.of(s.setup().unitB().name(), 3, 3, 0, 0, 0, 1, 0));
            assertThat(rows.get(3).subList(1, 8)).as("totals").containsExactly(7, 4, 1, 2, 1, 1, 3);
        }
    }

    /** In the demo, PAPI in 2023 is plan 6025/KH-UBND (and its department's plan), never the PAR INDEX plan. */
    @Test
    void theYearAndIndexNarrowThePlansOffered() {
        UserRow leader = data.account(Role.LEADER);
        Document papi2023 = page(leader, "/dashboard/tasks?year=2023&index=PAPI");
        List<String> offered = papi2023.select("#filter-plan option").eachText();
        assertThat(offered).anyMatch(text -> text.startsWith("6025/KH-UBND"))
                .noneMatch(text -> text.startsWith("152/KH-UBND"));
        assertThat(papi2023.selectFirst("#filter-year option[selected]").val()).isEqualTo("2023");
        assertThat(papi2023.selectFirst("#filter-index option[selected]").val()).isEqualTo("PAPI");
        assertThat(papi2023.selectFirst("#plan-heading")).isNotNull();

        Document none = page(leader, "/dashboard/tasks?year=2199&index=PCI");
        assertThat(none.select("#filter-plan option")).isEmpty();
        assertThat(none.selectFirst(".alert-info").text())
                .isEqualTo("Không có kế hoạch nào trong năm và chỉ số đã chọn giao nhiệm vụ phải báo cáo cho các cơ quan, đơn vị.");
    }

    @Test
    void officersAreRefusedTheTaskAndTimelinessDashboardsAndTheirSpreadsheets() {
        UserRow officer = data.account(Role.OFFICER);
        for (String uri : List.of("/dashboard/tasks", "/dashboard/tasks.xlsx", "/dashboard/timeliness",
                "/dashboard/timeliness.xlsx")) {
            assertThat(mvc.get().uri(uri).with(as(officer)).exchange()).as(uri).hasStatus(403);
        }
    }

    @Test
    void aFilterThatIsNoPlanOnOfferIsNotFoundAndOtherBadValuesFallBackToTheDefaults() {
        UserRow leader = data.account(Role.LEADER);
        assertThat(mvc.get().uri("/dashboard/tasks?plan=999999999").with(as(leader)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/dashboard/tasks.xlsx?plan=999999999").with(as(leader)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/dashboard/timeliness?plan=999999999").with(as(leader)).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/dashboard/tasks?plan=abc").with(as(leader)).exchange()).hasStatusOk();
        assertThat(page(leader, "/dashboard/timeliness?periods=999").selectFirst("#filter-periods").val())
                .isEqualTo("24");
        assertThat(page(leader, "/dashboard/timeliness?periods=0").selectFirst("#filter-periods").val())
                .isEqualTo("1");
        assertThat(page(leader, "/dashboard/timeliness?periods=abc&plan=").selectFirst("#filter-periods").val())
                .isEqualTo("4");
        assertThat(mvc.get().uri("/dashboard/timeliness.xlsx?periods=-3&plan=x").with(as(leader)).exchange())
                .hasStatusOk();
    }

    @Test
    void eachDashboardRunsAFixedNumberOfStatementsHoweverManyUnitsPlansAndReports() {
        Setup setup = fixtures.setup(LocalDate.of(2036, 3, 15));
        ReportWriter writer = new ReportWriter(editing, reports, clock);
        writer.submit(setup.period(), setup.a(), LocalDateTime.of(2036, 3, 20, 9, 0));
        clock.set(LocalDateTime.of(2036, 4, 1, 9, 0).atZone(ReportWriter.VIETNAM).toInstant());
        List<String> pages = List.of("/dashboard/tasks?plan=" + setup.plan().id(), "/dashboard/tasks",
                "/dashboard/tasks.xlsx?plan=" + setup.plan().id(), "/dashboard/timeliness",
                "/dashboard/timeliness?plan=" + setup.plan().id() + "&periods=24", "/dashboard/timeliness.xlsx");
        pages.forEach(uri -> statements(setup.leader(), uri));
        List<Long> before = pages.stream().map(uri -> statements(setup.leader(), uri)).toList();

        // five more units in the plan, five more plans, each with reports
        for (int i = 0; i < 5; i++) {
            UnitView unit = data.unit(UnitKind.COMMUNE);
            tasks.add(setup.plan(), task("III." + i, unit.id(), LocalDate.of(2036, 3, 1)));
            writer.submit(setup.period(), officer(unit), LocalDateTime.of(2036, 3, 14, 9, 0));
            PlanView plan = planFixtures.plan(2036, 2036, "PAPI");
            periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo", LocalDate.of(2036, 2, 1 + i), null,
                    null, false));
            tasks.add(plan, task("I", unit.id(), null));
            writer.submit(periods.periods(plan.id()).get(0), officer(unit), LocalDateTime.of(2036, 2, 10, 9, 0));
        }
        clock.set(LocalDateTime.of(2036, 4, 1, 9, 0).atZone(ReportWriter.VIETNAM).toInstant());
        assertThat(progress.ofPlan(setup.plan().id()).units()).hasSize(7);

        List<Long> after = pages.stream().map(uri -> statements(setup.leader(), uri)).toList();
        assertThat(after).isEqualTo(before);
        assertThat(after).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(8));
    }

    /** An officer of the unit as the services see one (an account would only cost a password hash). */
    private static CurrentUser officer(UnitView unit) {
        return new CurrentUser(0, "canbo", "Cán bộ " + unit.code(), Role.OFFICER, unit.id(), unit.name());
    }

    private long statements(UserRow user, String uri) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(user)).exchange()).as(uri).hasStatusOk();
        return SqlStatements.count();
    }

    private Document page(UserRow user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }

    private static List<String> counts(Element row) {
        return row.select("td[data-count]").eachText();
    }

    private static List<Object> values(Row row) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            var cell = row.getCell(i);
            values.add(cell == null ? 0 : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? (int) cell.getNumericCellValue() : cell.getStringCellValue());
        }
        return values;
    }

    private static String id(UnitView unit) {
        return String.valueOf(unit.id());
    }

    static TaskForm task(String section, long leadId, LocalDate deadline) {
        return new TaskForm(section, "Nhiệm vụ " + section, null, deadline, true, "u:" + leadId, List.of(),
                List.of(), null);
    }
}
