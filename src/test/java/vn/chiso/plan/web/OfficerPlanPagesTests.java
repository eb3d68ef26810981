package vn.chiso.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.PlanForm;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.WorkRows;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.unit.UnitService;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * Officers read the plans in force and closed ones, with their unit's tasks marked, and change nothing; a draft does
 * not exist for them. A task without a lead body renders. Rolled back.
 */
@ChisoTest
@Transactional
class OfficerPlanPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    PlanService plans;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    TaskService tasks;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    WorkRows rows;

    @BeforeEach
    void rows() {
        rows = new WorkRows(jdbc, periods);
    }

    @Test
    void anOfficerReadsAPlanInForceWithTheirUnitsTasksMarkedAndNoWayToChangeIt() {
        long justice = units.findByCode("STP").orElseThrow().id();
        PlanView papi = numbered("6025/KH-UBND");
        UserRow officer = data.account(Role.OFFICER, justice);
        Document page = page(officer, "/plans/" + papi.id());

        Set<String> ownSections = tasks.ofUnit(justice).stream().filter(task -> task.planId() == papi.id())
                .map(task -> task.task().section()).collect(Collectors.toSet());
        assertThat(ownSections).contains("II.1.b", "II.3.a");
        assertThat(page.select(".task-group.own-unit-task").eachAttr("data-section")).containsOnlyElementsOf(ownSections)
                .containsAll(ownSections);
        Element guidance = page.select(".task-group[data-section=II.1.b]").stream()
                .filter(group -> group.text().contains("Hướng dẫn chuyên môn, nghiệp vụ")).findFirst().orElseThrow();
        assertThat(guidance.attr("data-own")).isEqualTo("LEAD");
        assertThat(guidance.selectFirst(".own-badge").text()).isEqualTo("Đơn vị của bạn chủ trì");
        assertThat(guidance.selectFirst("a.own-unit").attr("href")).isEqualTo("/units/" + justice + "/tasks");
        Element inspection = page.select(".task-group[data-section=II.3.a]").stream()
                .filter(group -> group.hasAttr("data-own")).findFirst().orElseThrow();
        assertThat(inspection.selectFirst(".own-badge").text()).isEqualTo("Đơn vị của bạn phối hợp");
        assertThat(inspection.selectFirst(".leads").text()).contains("Sở Nội vụ");
        Element conference = page.selectFirst(".task-group[data-section=II.2.a]");
        assertThat(conference.hasClass("own-unit-task")).isFalse();
        assertThat(conference.select("a")).as("another unit's tasks are not the officer's to open").isEmpty();

        assertThat(page.select("main a[href]").eachAttr("href")).noneMatch(href -> href.endsWith("/edit")
                || href.endsWith("/new") || href.contains("/periods/") || href.endsWith("/reports")
                && !href.equals("/units/" + justice + "/reports") || href.contains("/sections")
                || href.contains("/import") || href.contains("/rules"));
        assertThat(page.select("main form")).isEmpty();
        assertThat(page.selectFirst("#unit-reports").attr("href")).isEqualTo("/units/" + justice + "/reports");
    }

    @Test
    void anOfficerListsThePlansInForceAndClosedButNeverADraft() {
        PlanView draft = plans.get(plans.create(new PlanForm(TestData.unique("KH-NHAP-"), LocalDate.of(2093, 1, 15),
                "Ủy ban nhân dân tỉnh", "Kế hoạch đang soạn", 2093, 2093, List.of("PAPI"), null, null, null,
                PlanStatus.DRAFT, null)));
        UserRow officer = data.account(Role.OFFICER);

        Document list = page(officer, "/plans");
        assertThat(list.select("#plans tbody a").eachText()).contains("6025/KH-UBND", "8416/KH-UBND")
                .doesNotContain(draft.number());
        assertThat(list.select("#status option").eachAttr("value")).containsExactly("", "IN_FORCE", "CLOSED");
        assertThat(page(officer, "/plans?status=DRAFT").select("#plans")).isEmpty();
        assertThat(page(officer, "/plans/" + numbered("8416/KH-UBND").id()).text()).contains("Đã kết thúc");

        assertThat(mvc.get().uri("/plans/{id}", draft.id()).with(as(officer))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/plans/{id}", draft.id()).with(as(data.account(Role.COORDINATOR)))).hasStatusOk();
        assertThat(page(data.account(Role.COORDINATOR), "/plans").select("#plans tbody a").eachText())
                .contains(draft.number());
    }

    /** Every POST under /plans that the application serves, found from its handler mappings, and the forms' pages. */
    @Test
    void anOfficerIsRefusedEveryChangeToAPlanAndItsReportingPages() {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        PlanView papi = planFixtures.plan(2093, 2093, "PAPI");
        String plan = String.valueOf(papi.id());
        String task = String.valueOf(rows.task(papi.id(), "II.1", "Quán triệt kế hoạch", null, unit.id()));
        long period = rows.oneOff(papi.id(), LocalDate.of(2093, 6, 30)).id();
        List<String> posts = handlers.getHandlerMethods().keySet().stream()
                .filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.POST))
                .flatMap(info -> info.getPatternValues().stream())
                .filter(pattern -> pattern.startsWith("/plans"))
                .map(pattern -> pattern.replaceAll("\\{(id|planId)}", plan).replaceAll("\\{[^}]+}", task))
                .toList();
        assertThat(posts).contains("/plans", "/plans/" + plan, "/plans/" + plan + "/tasks");
        posts.forEach(path -> assertThat(mvc.post().uri(path).with(as(officer)).with(csrf()))
                .as("POST " + path).hasStatus(HttpStatus.FORBIDDEN));
        for (String get : List.of("/plans/new", "/plans/" + plan + "/edit", "/plans/" + plan + "/tasks/new",
                "/plans/" + plan + "/targets/new", "/plans/" + plan + "/rules", "/plans/" + plan + "/sections",
                "/plans/" + plan + "/reports", "/plans/" + plan + "/periods/" + period)) {
            assertThat(mvc.get().uri(get).with(as(officer))).as("GET " + get).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/plans/" + plan).with(as(officer))).hasStatusOk();
    }

    /** A task whose lead is gone (from before the rule, or removed in the database) is shown, not a server error. */
    @Test
    void aTaskWithoutALeadBodyIsShownAsNotYetGivenToOne() {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        PlanView plan = planFixtures.plan(2093, 2093, "PAPI");
        rows.task(plan.id(), "II.1", "Quán triệt kế hoạch", null, unit.id());
        long orphan = rows.task(plan.id(), "II.2", "Tuyên truyền đến người dân", null, unit.id());
        jdbc.update("delete from task_unit where task_id = ?", orphan);

        for (UserRow reader : List.of(data.account(Role.COORDINATOR), data.account(Role.LEADER),
                data.account(Role.OFFICER, unit.id()))) {
            Element group = page(reader, "/plans/" + plan.id()).selectFirst(".task-group[data-section=II.2]");
            assertThat(group.selectFirst(".leads").text()).as(reader.role().name())
                    .startsWith("Chủ trì: chưa giao đơn vị chủ trì");
        }
        assertThat(page(data.account(Role.COORDINATOR), "/plans/" + plan.id())
                .select(".task-group[data-section=II.2] a[href$=/edit]").eachAttr("href"))
                .containsExactly("/plans/" + plan.id() + "/tasks/" + orphan + "/edit");
    }

    private PlanView numbered(String number) {
        return plans.all().stream().filter(plan -> plan.number().equals(number)).findFirst().orElseThrow();
    }

    private Document page(UserRow user, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }
}
