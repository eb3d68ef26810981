package vn.chiso.dashboard;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;
import vn.chiso.plan.PlanService;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static vn.chiso.TestData.as;

/** The JSON API gives the figures of the pages, to those who may read the pages. */
@ChisoTest
class DashboardApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    PlanService plans;

    @Autowired
    DemoCalendar calendar;

    @Test
    void theDashboardGivesEachIndexWithItsTargetStatusAndGap() {
        JsonNode dashboard = json("/api/v1/dashboard", data.account(Role.LEADER));
        assertThat(dashboard.get("year").asInt()).isEqualTo(2023);
        JsonNode papi = index(dashboard, "PAPI");
        assertThat(papi.get("resultYear").asInt()).isEqualTo(2022);
        assertThat(papi.get("score").asDouble()).isCloseTo(43.44, offset(0.005));
        assertThat(papi.get("rank").asInt()).isEqualTo(16);
        assertThat(papi.get("rankedCount").asInt()).isEqualTo(61);
        assertThat(papi.get("group").asString()).isEqualTo("Cao");
        JsonNode target = null;
        for (JsonNode line : papi.get("targets")) {
            if ("6025/KH-UBND".equals(line.get("plan").asString()) && line.get("year").asInt() == 2023
                    && "SCORE_AT_LEAST".equals(line.get("kind").asString())) {
                target = line;
            }
        }
        assertThat(target.get("value").asDouble()).isEqualTo(45.0);
        assertThat(target.get("status").asString()).isEqualTo("NO_DATA");
        assertThat(target.get("distance").asDouble()).isCloseTo(1.56, offset(0.005));
        // other tests add plans to the shared database: the index's target is the one that gives it its status
        assertThat(papi.get("target").get("status").asString()).isEqualTo(papi.get("status").asString());

        JsonNode departments = null;
        for (JsonNode line : index(dashboard, "SIPAS").get("targets")) {
            if ("SIPAS.DEPT".equals(line.get("indicator").asString())) {
                departments = line;
            }
        }
        assertThat(departments.get("status").asString()).isEqualTo("BELOW_TARGET");
        assertThat(departments.get("gap").asDouble()).isCloseTo(0.23, offset(1e-9));
        assertThat(departments.get("gapUnit").asString()).isEqualTo("PERCENT_POINTS");
        JsonNode sipas = index(dashboard, "SIPAS");
        assertThat(sipas.get("status").asString()).isEqualTo("BELOW_TARGET");
        assertThat(sipas.get("target").get("status").asString()).as("the target that makes the index red")
                .isEqualTo("BELOW_TARGET");
        assertThat(sipas.get("gap").asDouble()).isPositive()
                .isEqualTo(sipas.get("target").get("gap").asDouble());
    }

    @Test
    void theResultsOfAYearListEveryProvinceBestFirst() {
        JsonNode results = json("/api/v1/indices/PAPI/results?year=2022", data.account(Role.OFFICER));
        assertThat(results.get("rankedCount").asInt()).isEqualTo(61);
        JsonNode provinces = results.get("provinces");
        assertThat(provinces.get(0).get("rank").asInt()).isEqualTo(1);
        JsonNode ours = provinces.get(15);
        assertThat(ours.get("name").asString()).isEqualTo("Khánh Hòa");
        assertThat(ours.get("ours").asBoolean()).isTrue();
        assertThat(ours.get("rank").asInt()).isEqualTo(16);
        assertThat(results.get("nationalAverage").isNumber()).isTrue();
    }

    @Test
    void aPlansTargetsComeWithEveryYearTheyCover() {
        long id = plans.all().stream().filter(plan -> plan.number().equals("152/KH-UBND")).findFirst().orElseThrow().id();
        JsonNode plan = json("/api/v1/plans/" + id + "/targets", data.account(Role.COORDINATOR));
        assertThat(plan.get("number").asString()).isEqualTo("152/KH-UBND");
        JsonNode higherEveryYear = plan.get("targets").get(2);
        assertThat(higherEveryYear.get("kind").asString()).isEqualTo("SCORE_IMPROVES");
        JsonNode years = higherEveryYear.get("years");
        assertThat(years).hasSize(9);
        assertThat(years.get(0).get("year").asInt()).isEqualTo(calendar.planFirstYear());
        assertThat(years.get(8).get("year").asInt()).isEqualTo(calendar.planLastYear());
        assertThat(years.get(4).get("status").asString()).as("no result of this year yet").isEqualTo("NO_DATA");
    }

    @Test
    void theApiAsksForASessionAndKeepsThePagesRoles() {
        assertThat(mvc.get().uri("/api/v1/dashboard").exchange()).hasStatus(HttpStatus.UNAUTHORIZED);
        UserRow officer = data.account(Role.OFFICER);
        assertThat(mvc.get().uri("/api/v1/dashboard").with(as(officer)).exchange()).hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/plans/1/targets").with(as(officer)).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/dashboard").with(as(data.account(Role.ADMIN))).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/indices/NOPE/results").with(as(officer)).exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    private static JsonNode index(JsonNode dashboard, String code) {
        for (JsonNode index : dashboard.get("indices")) {
            if (code.equals(index.get("code").asString())) {
                return index;
            }
        }
        throw new AssertionError(code);
    }

    private JsonNode json(String uri, UserRow user) {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        try {
            return JSON.readTree(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
