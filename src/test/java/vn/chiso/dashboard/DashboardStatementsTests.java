package vn.chiso.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.plan.PlanService;
import vn.chiso.unit.UnitService;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * Every dashboard, export and API answer sends the same statements on ten times the demo data (provinces, years of
 * results, units, plans, tasks and reports) as on the demo data: nothing is fetched row by row. Rolled back.
 */
@ChisoTest
@Transactional
class DashboardStatementsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    TenfoldData tenfold;

    @Autowired
    PlanService plans;

    @Autowired
    UnitService units;

    @Test
    void statementsStayTheSameWhenTheDataGrowsTenfold() {
        long plan = plans.all().stream().filter(p -> p.number().equals("152/KH-UBND")).findFirst().orElseThrow().id();
        UserRow leader = data.account(Role.LEADER);
        UserRow officer = data.account(Role.OFFICER, units.findByCode("STC").orElseThrow().id());
        List<String> leaderPages = List.of("/dashboard", "/dashboard?year=2022", "/dashboard.xlsx",
                "/dashboard/indices/PAPI", "/dashboard/indices/PAPI?year=2023&sort=tree",
                "/dashboard/indices/SIPAS.xlsx?year=2022", "/dashboard/below-target",
                "/dashboard/below-target?year=2022", "/dashboard/below-target.xlsx", "/dashboard/tasks",
                "/dashboard/tasks?plan=" + plan, "/dashboard/tasks.xlsx?plan=" + plan, "/dashboard/timeliness",
                "/dashboard/timeliness.xlsx", "/api/v1/dashboard", "/api/v1/indices/PAPI/results?year=2022",
                "/api/v1/plans/" + plan + "/targets");
        // the officer's home, their unit's reports and a plan page as the officer reads it
        List<String> officerPages = List.of("/dashboard", "/", "/units/" + officer.unitId() + "/reports",
                "/plans/" + plan);
        Map<String, Long> before = new LinkedHashMap<>();
        leaderPages.forEach(uri -> before.put(uri, statements(uri, leader)));
        officerPages.forEach(uri -> before.put("officer " + uri, statements(uri, officer)));

        tenfold.grow();

        Map<String, Long> after = new LinkedHashMap<>();
        leaderPages.forEach(uri -> after.put(uri, statements(uri, leader)));
        officerPages.forEach(uri -> after.put("officer " + uri, statements(uri, officer)));
        System.out.println("Dashboard statements, demo data → ten times the data: " + after);
        assertThat(after).isEqualTo(before);
        assertThat(after.values()).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(20));
    }

    /**
     * The home dashboard and an index's dashboard read the catalogue (two statements) and the province's results (one)
     * once, for the page and for the evaluation of the targets: three statements fewer than when the targets read
     * them again (11 and 19 before).
     */
    @Test
    void theDashboardsReadTheCatalogueAndTheResultsOnce() {
        UserRow leader = data.account(Role.LEADER);
        assertThat(statements("/dashboard", leader)).as("with the leader's unread notices").isEqualTo(9);
        assertThat(statements("/dashboard/indices/PAPI", leader)).isEqualTo(16);
    }

    private long statements(String uri, UserRow user) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(user)).exchange()).as(uri).hasStatusOk();
        return SqlStatements.count();
    }
}
