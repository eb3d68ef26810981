package vn.chiso.plan.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
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
import vn.chiso.shared.DemoCalendar;
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
    DemoCalendar calendar;

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

        Document document = Jsoup.parse(page);
        assertThat(document.selectFirst("#legal-basis").wholeText()).contains("Ngày 12/4/2023",
                "xếp thứ hạng 16/61 tỉnh/thành phố", "Kế hoạch số 7305/KH-UBND ngày 08/8/2022");
        assertThat(document.selectFirst("#purpose p").wholeText()).contains("1. Mục đích\n- Nâng cao hiệu lực",
                "theo phương châm “Tỉnh sát xã, huyện sát thôn, xã sát dân”.\n- Nhiệm vụ đề ra",
                "3. Mục tiêu\n- Chỉ số tổng hợp PAPI năm 2023 đạt từ 45,00 điểm trở lên");

        // the headings and Part III in the document's order, around the tasks
        List<String> outline = document.select("#tasks .plan-section .number, #tasks .task-group .section")
                .eachText();
        assertThat(outline).containsSubsequence("II", "II.1", "II.1.a", "II.1.a", "II.1.b", "II.1.b", "II.1.c",
                "II.1.c", "II.1.d", "II.1.đ", "II.2", "II.2.a", "II.2.a", "II.2.b", "II.2.b", "II.2.c", "II.3",
                "II.3.a", "II.3.a", "II.3.b", "II.3.b", "II.3.c", "II.3.c", "II.3.d", "II.4", "II.4.a", "II.4.b",
                "III", "III.1", "III.2");
        assertThat(document.selectFirst(".plan-section[data-number=II.1]").text())
                .contains("Quán triệt, chỉ đạo triển khai thực hiện các giải pháp cải thiện và nâng cao Chỉ số PAPI");
        assertThat(document.selectFirst(".plan-section[data-number=II.1.a]").text())
                .contains("Các cơ quan, đơn vị, địa phương");
        assertThat(document.selectFirst(".plan-section[data-number=III.2]").text()).contains(
                "Giao Sở Nội vụ theo dõi, tổng hợp và báo cáo UBND tỉnh kết quả triển khai các giải pháp");
        assertThat(outline.get(outline.size() - 1)).isEqualTo("III.2");

        // II.1.c's second bullet in full, each "+" point on a line of its own
        Element points = document.select(".task-group[data-section=II.1.c] .text-prewrap").stream()
                .filter(text -> text.wholeText().startsWith("Chỉ đạo UBND các xã")).findFirst().orElseThrow();
        assertThat(points.wholeText()).isEqualTo("""
                Chỉ đạo UBND các xã, phường, thị trấn xây dựng kế hoạch cụ thể để tổ chức thực hiện các nhiệm vụ sau:
                + Quán triệt, thực hiện nghiêm túc, hiệu quả các nội dung chỉ đạo của UBND tỉnh về việc cải thiện và \
                nâng cao Chỉ số PAPI.
                + Phối hợp chặt chẽ với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp tổ chức tuyên \
                truyền, phổ biến sâu rộng các chủ trương chính sách pháp luật liên quan đến đời sống của người dân.
                + Kịp thời công khai quy hoạch, kế hoạch sử dụng đất, các thông tin về thu hồi đất, giá đất, các chủ \
                trương, chính sách, pháp luật về đất đai; công khai các khoản thu, chi ngân sách cấp xã, danh sách hộ \
                nghèo, công tác bảo vệ môi trường, nguồn nước để người dân biết và giám sát,...; thực hiện xét duyệt \
                danh sách hộ nghèo đảm bảo chặt chẽ, đúng quy trình, thủ tục, đúng đối tượng.
                + Giải quyết kịp thời, đúng quy định đối với các nội dung kiến nghị, khiếu nại, tố cáo của công dân; \
                nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng gắn với phong \
                trào xây dựng nông thôn mới, phong trào toàn dân xây dựng nông thôn mới, phong trào toàn dân bảo vệ an \
                ninh Tổ quốc.""");

        // the bodies of II.2.a, II.3.a and II.3.b as the seed names them (STC and STP stand for "the bodies assigned
        // to guide and inspect")
        Element conference = document.selectFirst(".task-group[data-section=II.2.a]");
        assertThat(conference.text()).contains("với mục tiêu: - Trang bị kiến thức");
        assertThat(conference.selectFirst(".leads").text()).isEqualTo("Chủ trì: Sở Nội vụ");
        assertThat(conference.selectFirst(".coordinating").text()).isEqualTo("Phối hợp: Văn phòng UBND tỉnh");
        List<Element> inspection = document.select(".task-group[data-section=II.3.a]");
        assertThat(inspection).hasSize(2);
        assertThat(inspection.get(0).text()).contains("Chủ trì, phối hợp với các cơ quan được giao hướng dẫn",
                "Chủ trì: Sở Nội vụ", "Phối hợp: Sở Tài chính; Sở Tư pháp");
        assertThat(inspection.get(1).text()).contains("Theo dõi, tổng hợp, đánh giá kết quả", "Chủ trì: Sở Nội vụ")
                .doesNotContain("Phối hợp:");
        Element checks = document.selectFirst(".task-group[data-section=II.3.b]");
        assertThat(checks.select(".leads").eachText()).containsExactly("Chủ trì: Sở Tài chính; Sở Tư pháp");
        assertThat(checks.selectFirst(".coordinating").text()).isEqualTo("Phối hợp: Sở Nội vụ");
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

    /** A task's text keeps the lines it was typed with, and whatever it holds is shown as text. */
    @Test
    void aTaskTextKeepsItsLinesAndIsEscaped() throws UnsupportedEncodingException {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        tasks.add(plan, new TaskForm("II.1", "Chỉ đạo UBND cấp xã:\n- <b>Tuyên truyền</b>\n- Công khai & niêm yết",
                null, null, true, "u:" + data.unit(UnitKind.DEPARTMENT).id(), List.of(), List.of(), null));
        String raw = mvc.get().uri("/plans/{id}", plan.id()).with(as(data.account(Role.LEADER))).exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(raw).contains("<span class=\"text-prewrap\">Chỉ đạo UBND cấp xã:\n- &lt;b&gt;Tuyên truyền&lt;/b&gt;"
                + "\n- Công khai &amp; niêm yết</span>");
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
            assertThat(unitPage).contains("Sở Nội vụ", "6025/KH-UBND", "Chủ trì, phối hợp với Văn phòng UBND tỉnh");
            assertThat(Jsoup.parse(unitPage).select("a.plan-link").eachAttr("href")).contains("/plans/" + id);
            assertThat(html(mvc.get().uri(coordinating).with(as(reader)).exchange()))
                    .contains("Văn phòng Ủy ban nhân dân tỉnh", "Phối hợp",
                            "Chủ trì, phối hợp với Văn phòng UBND tỉnh");
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
        for (String page : List.of("/plans/new", "/plans/" + id + "/edit",
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
        assertThat(html(mvc.get().uri("/plans?year={year}", calendar.year() + 4).with(as(leader)).exchange()))
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

    @Test
    void shorteningAPlanBeyondItsTargetsAndDeadlinesIsRefusedBesideTheYears() {
        PlanView plan = fixtures.plan(2024, 2025, "PAR_INDEX");
        long aggregate = catalogue.catalogue("PAR_INDEX").index().aggregate().id();
        targets.add(plan, new TargetForm(aggregate, TargetKind.RANK_AT_MOST, "15", null, null, 2025, null, null, null));
        MultiValueMap<String, String> shorter = form(plan, "Chỉ còn năm 2024", String.valueOf(plan.version()));
        shorter.set("lastYear", "2024");
        Document page = Jsoup.parse(html(mvc.post().uri("/plans/{id}", plan.id())
                .with(as(data.account(Role.COORDINATOR))).with(csrf()).params(shorter).exchange()));
        assertThat(page.selectFirst("#firstYear-error").text())
                .isEqualTo("Có 1 mục tiêu hoặc hạn nhiệm vụ nằm ngoài giai đoạn mới; hãy sửa chúng trước.");
        assertThat(page.selectFirst("#title").val()).isEqualTo("Chỉ còn năm 2024");
        assertThat(plans.get(plan.id())).extracting(PlanView::lastYear, PlanView::title).containsExactly(2025,
                "Kế hoạch thử");
    }

    /** Coordinators type the headings; everyone who reads the plan sees them, only coordinators can change them. */
    @Test
    void aCoordinatorAddsAHeadingThatThePlanPageShowsBeforeItsTasks() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        tasks.add(plan, new TaskForm("II.1.a", "Quán triệt kế hoạch", null, null, true,
                "u:" + data.unit(UnitKind.DEPARTMENT).id(), List.of(), List.of(), null));
        UserRow coordinator = data.account(Role.COORDINATOR);
        assertThat(mvc.get().uri("/plans/{id}/sections", plan.id()).with(as(coordinator))).hasStatusOk();
        assertThat(mvc.post().uri("/plans/{id}/sections", plan.id()).with(as(coordinator)).with(csrf())
                .param("number", "II.1").param("heading", "Quán triệt, chỉ đạo triển khai").param("body", ""))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/plans/{id}/sections", plan.id()).with(as(coordinator)).with(csrf())
                .param("number", "III.2").param("heading", "")
                .param("body", "Giao Sở Nội vụ theo dõi, tổng hợp\nvà báo cáo UBND tỉnh.")).hasStatus(HttpStatus.FOUND);
        Document taken = Jsoup.parse(html(mvc.post().uri("/plans/{id}/sections", plan.id()).with(as(coordinator))
                .with(csrf()).param("number", "II.1").param("heading", "Trùng số").exchange()));
        assertThat(taken.selectFirst("#number-error").text()).isEqualTo("Kế hoạch đã có mục II.1.");
        assertThat(taken.selectFirst("#heading").val()).isEqualTo("Trùng số");

        UserRow leader = data.account(Role.LEADER);
        Document page = Jsoup.parse(html(mvc.get().uri("/plans/{id}", plan.id()).with(as(leader)).exchange()));
        assertThat(page.select("#tasks .plan-section .number, #tasks .task-group .section").eachText())
                .containsExactly("II.1", "II.1.a", "III.2");
        assertThat(page.selectFirst(".plan-section[data-number=III.2] .body").wholeText())
                .isEqualTo("Giao Sở Nội vụ theo dõi, tổng hợp\nvà báo cáo UBND tỉnh.");
        assertThat(page.select(".plan-section a")).isEmpty();
        assertThat(mvc.get().uri("/plans/{id}/sections", plan.id()).with(as(leader))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/plans/{id}/sections", plan.id()).with(as(leader)).with(csrf())
                .param("number", "IV").param("heading", "Không được")).hasStatus(HttpStatus.FORBIDDEN);
        UserRow officer = data.account(Role.OFFICER, units.findByCode("SNV").orElseThrow().id());
        assertThat(mvc.get().uri("/plans/{id}/sections", plan.id()).with(as(officer))).hasStatus(HttpStatus.FORBIDDEN);

        // two coordinators open the heading; the second save is refused and keeps what was typed
        String edit = Jsoup.parse(html(mvc.get().uri("/plans/{id}", plan.id()).with(as(coordinator)).exchange()))
                .selectFirst(".plan-section[data-number=II.1] a").attr("href");
        Document opened = Jsoup.parse(html(mvc.get().uri(edit).with(as(coordinator)).exchange()));
        assertThat(opened.selectFirst("#heading").val()).isEqualTo("Quán triệt, chỉ đạo triển khai");
        String save = opened.selectFirst("form[method=post]:has(#heading)").attr("action");
        String version = opened.selectFirst("#version").val();
        assertThat(mvc.post().uri(save).with(as(coordinator)).with(csrf()).param("number", "II.1")
                .param("heading", "Quán triệt, chỉ đạo triển khai thực hiện các giải pháp").param("version", version))
                .hasStatus(HttpStatus.FOUND);
        Document second = Jsoup.parse(html(mvc.post().uri(save).with(as(coordinator)).with(csrf())
                .param("number", "II.1").param("heading", "Bản sửa thứ hai").param("version", version).exchange()));
        assertThat(second.text()).contains("Người khác vừa lưu thay đổi trong lúc bạn sửa");
        assertThat(second.selectFirst("#heading").val()).isEqualTo("Bản sửa thứ hai");
        assertThat(Jsoup.parse(html(mvc.get().uri("/plans/{id}", plan.id()).with(as(leader)).exchange()))
                .selectFirst(".plan-section[data-number=II.1] .heading").text())
                .isEqualTo("Quán triệt, chỉ đạo triển khai thực hiện các giải pháp");
    }

    /** The purposes typed on the plan form are on the plan page, line by line. */
    @Test
    void thePurposesTypedOnThePlanFormAreOnThePlanPage() {
        PlanView plan = fixtures.plan(2024, 2025, "PAR_INDEX");
        assertThat(mvc.post().uri("/plans/{id}", plan.id()).with(as(data.account(Role.COORDINATOR))).with(csrf())
                .params(form(plan, plan.title(), String.valueOf(plan.version())))
                .param("purpose", "1. Mục đích\n- Nâng cao hiệu lực, hiệu quả quản lý nhà nước.\n2. Yêu cầu"))
                .hasStatus(HttpStatus.FOUND);
        Document page = Jsoup.parse(html(mvc.get().uri("/plans/{id}", plan.id()).with(as(data.account(Role.LEADER)))
                .exchange()));
        assertThat(page.selectFirst("#purpose summary").text()).isEqualTo("Mục đích, yêu cầu");
        assertThat(page.selectFirst("#purpose p").wholeText())
                .isEqualTo("1. Mục đích\n- Nâng cao hiệu lực, hiệu quả quản lý nhà nước.\n2. Yêu cầu");
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

    @Test
    void aNulInATaskTextIsRefusedBesideTheFieldWithTheRestKept() {
        PlanView plan = fixtures.plan(2023, 2023, "PAPI");
        long unit = data.unit(UnitKind.DEPARTMENT).id();
        MvcTestResult refused = mvc.post().uri("/plans/{id}/tasks", plan.id()).with(as(data.account(Role.COORDINATOR)))
                .with(csrf()).param("section", "II.1.a").param("text", "Quán triệt\u0000 kế hoạch")
                .param("expectedOutput", "Văn bản hướng dẫn").param("deadline", "30/06/2023")
                .param("lead", "u:" + unit).exchange();
        assertThat(refused).hasStatusOk();
        Document page = Jsoup.parse(html(refused));
        assertThat(page.getElementById("text").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("text-error").text()).isEqualTo("Có ký tự điều khiển không in được (như NUL)"
                + " nên chưa lưu; các ký tự đó đã được bỏ đi, hãy xem lại rồi gửi lại.");
        assertThat(page.getElementById("text").val()).isEqualTo("Quán triệt kế hoạch");
        assertThat(page.getElementById("expectedOutput").val()).isEqualTo("Văn bản hướng dẫn");
        assertThat(page.getElementById("section").val()).isEqualTo("II.1.a");
        assertThat(tasks.of(plan.id())).isEmpty();
    }
}
