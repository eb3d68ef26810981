package vn.chiso.plan.web;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetForm;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** Plan pages as browsers receive them. */
@ChisoTest
class PlanPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    PlanService plans;

    @Autowired
    PlanFixtures fixtures;

    @Autowired
    TargetService targets;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    UnitService units;

    @Test
    void plan6025ReadsAsTheSeed() {
        long id = planNumbered("6025/KH-UBND");
        String page = html(mvc.get().uri("/plans/{id}", id).with(as(data.account(Role.LEADER))).exchange());
        assertThat(page).contains("Kế hoạch số 6025/KH-UBND ngày 20/06/2023", "Đang thực hiện",
                "Đạt từ 45,00 trở lên", "Thuộc nhóm Cao trở lên", "Tăng ít nhất 1 bậc so với năm trước",
                "Cả 8 chỉ tiêu con thuộc nhóm Trung bình cao trở lên",
                "Ít nhất 3/8 chỉ tiêu con thuộc nhóm Cao trở lên", "Theo kết quả 2022, còn thiếu", "1,56 điểm",
                "Hạn 30/06/2023", "29/09/2023", "2603/KH-STC");
        assertThat(page).containsPattern("data-status=\"NO_DATA\"");
        assertThat(page).doesNotContain("data-status=\"BELOW_TARGET\"");
        for (String section : List.of("II.1.a", "II.1.b", "II.1.c", "II.1.d", "II.1.đ", "II.2.a", "II.2.b", "II.2.c",
                "II.3.a", "II.3.b", "II.3.c", "II.3.d", "II.4.a", "II.4.b")) {
            assertThat(page).contains("data-section=\"" + section + "\"");
        }
        assertThat(page.indexOf("data-section=\"II.1.d\"")).isLessThan(page.indexOf("data-section=\"II.1.đ\""));
    }

    /** The Departments of Finance and of Justice give the same guidance (II.1.b), each on its own indicators. */
    @Test
    void eachTaskOfAGroupShowsItsOwnIndicators() {
        long id = planNumbered("6025/KH-UBND");
        Document page = Jsoup.parse(html(mvc.get().uri("/plans/{id}", id).with(as(data.account(Role.LEADER)))
                .exchange()));
        Element guidance = page.select(".task-group[data-section=II.1.b]").stream()
                .filter(group -> group.text().contains("Hướng dẫn chuyên môn, nghiệp vụ")).findFirst().orElseThrow();
        Element finance = guidance.select(".share").stream()
                .filter(share -> share.selectFirst(".leads").text().contains("Sở Tài chính")).findFirst().orElseThrow();
        Element justice = guidance.select(".share").stream()
                .filter(share -> share.selectFirst(".leads").text().contains("Sở Tư pháp")).findFirst().orElseThrow();
        assertThat(justice.selectFirst(".indicators").text()).isEqualTo("Chỉ số cần cải thiện: PAPI.D3");
        assertThat(justice.text()).doesNotContain("Sở Tài chính", "PAPI.D1.4");
        assertThat(finance.selectFirst(".indicators").text()).isEqualTo("Chỉ số cần cải thiện: PAPI.D1.4, PAPI.D2.3");
        assertThat(finance.text()).doesNotContain("Sở Tư pháp", "PAPI.D3");
    }

    /** Who leads and who coordinates opens that body's tasks across plans; an officer sees only their own body's. */
    @Test
    void theBodiesOfATaskLinkToTheirTasks() {
        long id = planNumbered("6025/KH-UBND");
        UserRow coordinator = data.account(Role.COORDINATOR);
        UserRow leader = data.account(Role.LEADER);
        Element conference = Jsoup.parse(html(mvc.get().uri("/plans/{id}", id).with(as(coordinator)).exchange()))
                .selectFirst(".task-group[data-section=II.2.a]");
        long home = units.findByCode("SNV").orElseThrow().id();
        long office = units.findByCode("VPUBND").orElseThrow().id();
        String lead = conference.selectFirst(".leads a.unit-link").attr("href");
        String coordinating = conference.selectFirst(".coordinating a.unit-link").attr("href");
        assertThat(lead).isEqualTo("/units/" + home + "/tasks");
        assertThat(coordinating).isEqualTo("/units/" + office + "/tasks");
        for (UserRow reader : List.of(coordinator, leader)) {
            String unitPage = html(mvc.get().uri(lead).with(as(reader)).exchange());
            assertThat(unitPage).contains("Sở Nội vụ", "6025/KH-UBND", "tổ chức hội nghị triển khai các giải pháp");
            assertThat(Jsoup.parse(unitPage).select("a.plan-link").eachAttr("href")).contains("/plans/" + id);
            assertThat(html(mvc.get().uri(coordinating).with(as(reader)).exchange()))
                    .contains("Văn phòng Ủy ban nhân dân tỉnh", "Phối hợp",
                            "tổ chức hội nghị triển khai các giải pháp");
        }
        long finance = units.findByCode("STC").orElseThrow().id();
        UserRow financeOfficer = data.account(Role.OFFICER, finance);
        assertThat(mvc.get().uri(lead).with(as(financeOfficer))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri(coordinating).with(as(financeOfficer))).hasStatus(HttpStatus.FORBIDDEN);
        Document own = Jsoup.parse(html(mvc.get().uri("/units/{id}/tasks", finance).with(as(financeOfficer))
                .exchange()));
        assertThat(own.text()).contains("6025/KH-UBND");
        assertThat(own.select("a.plan-link")).as("an officer cannot open plans").isEmpty();
    }

    @Test
    void theDepartmentsSipasOf8277IsFlaggedBelow83By023() {
        long id = planNumbered("8416/KH-UBND");
        String page = html(mvc.get().uri("/plans/{id}", id).with(as(data.account(Role.COORDINATOR))).exchange());
        assertThat(page).containsPattern(
                "<tr data-status=\"BELOW_TARGET\" data-indicator=\"SIPAS.DEPT\"[^>]*>(?s).*?82,77 %.*?0,23 điểm %");
        assertThat(page).containsPattern("<tr data-status=\"MET\" data-indicator=\"PAR_INDEX\"");
    }

    @Test
    void leadersReadPlansAndOfficersSeeOnlyTheirUnitsTasks() {
        long id = planNumbered("6025/KH-UBND");
        UserRow leader = data.account(Role.LEADER);
        assertThat(mvc.get().uri("/plans").with(as(leader))).hasStatusOk();
        assertThat(mvc.get().uri("/plans/{id}", id).with(as(leader))).hasStatusOk();
        assertThat(mvc.get().uri("/plans/new").with(as(leader))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/plans/{id}/tasks/new", id).with(as(leader))).hasStatus(HttpStatus.FORBIDDEN);

        long finance = units.findByCode("STC").orElseThrow().id();
        UserRow officer = data.account(Role.OFFICER, finance);
        for (String page : List.of("/plans", "/plans/" + id, "/plans/new", "/plans/" + id + "/edit",
                "/plans/" + id + "/targets/new", "/plans/" + id + "/tasks/new", "/plans/" + id + "/rules")) {
            assertThat(mvc.get().uri(page).with(as(officer))).as(page).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.post().uri("/plans").with(as(officer)).with(csrf()).param("number", "1/KH"))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/plans/{id}/tasks", id).with(as(officer)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);

        assertThat(html(mvc.get().uri("/units/{id}/tasks", finance).with(as(officer)).exchange()))
                .contains("6025/KH-UBND", "2603/KH-STC", "Hướng dẫn chuyên môn, nghiệp vụ", "Hạn 30/06/2023");
        long justice = units.findByCode("STP").orElseThrow().id();
        assertThat(mvc.get().uri("/units/{id}/tasks", justice).with(as(officer))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/units/{id}/tasks", justice).with(as(leader))).hasStatusOk();
    }

    @Test
    void thePlanListFiltersByYearIndexAndStatus() {
        UserRow leader = data.account(Role.LEADER);
        assertThat(html(mvc.get().uri("/plans?year=2030").with(as(leader)).exchange()))
                .contains("152/KH-UBND").doesNotContain("6025/KH-UBND", "8416/KH-UBND");
        assertThat(html(mvc.get().uri("/plans?index=SIPAS").with(as(leader)).exchange()))
                .contains("8416/KH-UBND").doesNotContain("6025/KH-UBND", "152/KH-UBND");
        assertThat(html(mvc.get().uri("/plans?status=CLOSED&year=2022").with(as(leader)).exchange()))
                .contains("8416/KH-UBND").doesNotContain("152/KH-UBND");
        assertThat(html(mvc.get().uri("/plans?year=1990").with(as(leader)).exchange()))
                .contains("Không có kế hoạch nào phù hợp với bộ lọc.");
    }

    @Test
    void aPlanNumberInUseIsRefusedBesideTheFieldWithTheTypedValuesKept() {
        String page = html(mvc.post().uri("/plans").with(as(data.account(Role.COORDINATOR))).with(csrf())
                .param("number", "6025/KH-UBND").param("issueDate", "01/02/2024").param("issuer", "UBND tỉnh")
                .param("title", "Kế hoạch trùng số").param("firstYear", "2024").param("lastYear", "2024")
                .param("indexCodes", "PAPI").param("status", "DRAFT").exchange());
        assertThat(page).contains("Số 6025/KH-UBND đã được dùng cho một kế hoạch khác.",
                "value=\"Kế hoạch trùng số\"", "value=\"01/02/2024\"");
    }

    @Test
    void aBadDateIsRefusedWithoutLosingTheRest() {
        String page = html(mvc.post().uri("/plans").with(as(data.account(Role.COORDINATOR))).with(csrf())
                .param("number", TestData.unique("9/KH-")).param("issueDate", "31/02/2024").param("issuer", "UBND tỉnh")
                .param("title", "Kế hoạch ngày sai").param("firstYear", "2024").param("lastYear", "2024")
                .param("indexCodes", "PAPI").param("status", "DRAFT").exchange());
        assertThat(page).contains("Ngày không hợp lệ; viết theo dạng ngày/tháng/năm", "value=\"Kế hoạch ngày sai\"",
                "value=\"31/02/2024\"");
    }

    @Test
    void aTargetOutsideTheScaleAndATaskWithoutLeadOrOutsideThePeriodAreRefusedBesideTheirFields() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        UserRow coordinator = data.account(Role.COORDINATOR);
        long aggregate = catalogue.catalogue("PAPI").index().aggregate().id();
        assertThat(html(mvc.post().uri("/plans/{id}/targets", plan.id()).with(as(coordinator)).with(csrf())
                .param("indicatorId", String.valueOf(aggregate)).param("kind", "SCORE_AT_LEAST").param("value", "95")
                .param("firstYear", "2023").param("wording", "Đạt 95 điểm").exchange()))
                .contains("Giá trị nằm ngoài thang điểm 8 – 80 của chỉ tiêu.", "value=\"Đạt 95 điểm\"");

        String task = html(mvc.post().uri("/plans/{id}/tasks", plan.id()).with(as(coordinator)).with(csrf())
                .param("section", "II.1.a").param("text", "Nhiệm vụ không có chủ trì").param("deadline", "30/06/2023")
                .param("lead", "").exchange());
        assertThat(task).contains("Vui lòng chọn đơn vị chủ trì.", "Nhiệm vụ không có chủ trì", "value=\"30/06/2023\"");

        long unit = data.unit(UnitKind.DEPARTMENT).id();
        assertThat(html(mvc.post().uri("/plans/{id}/tasks", plan.id()).with(as(coordinator)).with(csrf())
                .param("section", "II.1.a").param("text", "Quá hạn").param("deadline", "15/01/2024")
                .param("lead", "u:" + unit).exchange()))
                .contains("Thời hạn phải nằm trong giai đoạn 2023 của kế hoạch.");
    }

    @Test
    void aRankBeyondTheNumberOfProvincesIsRefusedBesideTheField() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        long aggregate = catalogue.catalogue("PAPI").index().aggregate().id();
        Document page = Jsoup.parse(html(mvc.post().uri("/plans/{id}/targets", plan.id())
                .with(as(data.account(Role.COORDINATOR))).with(csrf()).param("indicatorId", String.valueOf(aggregate))
                .param("kind", "RANK_AT_MOST").param("value", "100").param("firstYear", "2023")
                .param("wording", "Trong nhóm 100 tỉnh đứng đầu").exchange()));
        assertThat(page.selectFirst("#value-error").text())
                .isEqualTo("Thứ hạng phải từ 1 đến 63: năm 2023 cả nước có 63 tỉnh, thành phố.");
        assertThat(page.selectFirst("#value").val()).isEqualTo("100");
        assertThat(page.selectFirst("#wording").val()).isEqualTo("Trong nhóm 100 tỉnh đứng đầu");
        assertThat(targets.of(plan.id())).isEmpty();
    }

    /** Two coordinators opened the same plan; the second save says so and keeps what was typed. */
    @Test
    void aConcurrentEditOfAPlanIsRefusedWithAClearMessage() {
        PlanView plan = fixtures.plan(2024, 2025, "PAR_INDEX");
        UserRow coordinator = data.account(Role.COORDINATOR);
        String opened = String.valueOf(plan.version());
        assertThat(mvc.post().uri("/plans/{id}", plan.id()).with(as(coordinator)).with(csrf())
                .params(form(plan, "Tên sửa lần một", opened))).hasStatus(HttpStatus.FOUND);
        String second = html(mvc.post().uri("/plans/{id}", plan.id()).with(as(coordinator)).with(csrf())
                .params(form(plan, "Tên sửa lần hai", opened)).exchange());
        assertThat(second).contains("Người khác vừa lưu thay đổi trong lúc bạn sửa", "value=\"Tên sửa lần hai\"");
        assertThat(plans.get(plan.id()).title()).isEqualTo("Tên sửa lần một");
    }

    /** The plan page and a unit's task page cost the same statements however many tasks and targets there are. */
    @Test
    void thePlanPageRunsAFixedNumberOfStatements() {
        PlanView plan = fixtures.plan(2022, 2023, "PAPI");
        long aggregate = catalogue.catalogue("PAPI").index().aggregate().id();
        targets.add(plan, new TargetForm(aggregate, TargetKind.SCORE_AT_LEAST, "45", null, null, 2022, null, null, null));
        tasks.add(plan, new TaskForm("I.1", "Một", null, null, true, "k:DEPARTMENT", List.of(), List.of(), null));
        UserRow leader = data.account(Role.LEADER);
        long before = statements("/plans/" + plan.id(), leader);
        long home = units.findByCode("SNV").orElseThrow().id();
        long unitBefore = statements("/units/" + home + "/tasks", leader);
        for (int i = 0; i < 9; i++) {
            targets.add(plan, new TargetForm(aggregate, TargetKind.CHILDREN_IN_GROUP, null, 1, 3, 2022, 2023, null, null));
        }
        for (int i = 0; i < 4; i++) {
            tasks.add(plan, new TaskForm("II." + i, "Nhiệm vụ " + i, null, null, true, "k:DISTRICT",
                    List.of(home), List.of(aggregate), null));
        }
        assertThat(statements("/plans/" + plan.id(), leader)).isEqualTo(before).isLessThanOrEqualTo(20);
        assertThat(statements("/plans", leader)).isLessThanOrEqualTo(6);
        assertThat(statements("/units/" + home + "/tasks", leader)).isEqualTo(unitBefore).isLessThanOrEqualTo(8);
    }

    private long statements(String page, UserRow account) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(page).with(as(account))).hasStatusOk();
        return SqlStatements.count();
    }

    private static MultiValueMap<String, String> form(PlanView plan, String title,
            String version) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("number", plan.number());
        form.add("issueDate", "15/01/2024");
        form.add("issuer", plan.issuer());
        form.add("title", title);
        form.add("firstYear", "2024");
        form.add("lastYear", "2025");
        form.add("indexCodes", "PAR_INDEX");
        form.add("status", "IN_FORCE");
        form.add("version", version);
        return form;
    }

    private long planNumbered(String number) {
        return plans.all().stream().filter(plan -> plan.number().equals(number)).findFirst().orElseThrow().id();
    }

    private static String html(MvcTestResult result) {
        return Pages.html(result);
    }
}
