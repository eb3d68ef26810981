package vn.chiso.search;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanForm;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.shared.VietnameseText;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserSearch;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * The menu's search box and its results, on the demo data: found with or without diacritics, a word typed halfway,
 * best match first, and only what the reader may open, each linked to its page.
 */
@ChisoTest
class SearchPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserService users;

    @Autowired
    PlanService plans;

    @Autowired
    UnitService units;

    @Autowired
    TestData data;

    @Autowired
    ReportFixtures reportFixtures;

    @Autowired
    ReportEditing editing;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    TaskService tasks;

    @Test
    void aPlanIsFoundByItsKindAndNumberTypedWithoutDiacritics() {
        for (String typed : List.of("ke hoach 6025", "Kế hoạch 6025", "KẾ HOẠCH 6025/KH-UBND",
                "6025/kh")) {
            Document page = search(typed, demo("noivu"));
            Element first = page.selectFirst("#found-plans a.search-match");
            assertThat(first).as(typed).isNotNull();
            assertThat(first.selectFirst(".match-title").text()).as(typed).isEqualTo("6025/KH-UBND");
            assertThat(first.attr("href")).isEqualTo("/plans/" + plan("6025/KH-UBND").id());
            assertThat(first.text()).contains("Đang thực hiện", "2023",
                    "Cải thiện và nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công tỉnh Khánh Hòa năm 2023");
        }
    }

    @Test
    void aUnitIsFoundByItsNameTypedWithoutDiacriticsEvenHalfway() {
        UnitView justice = units.findByCode("STP").orElseThrow();
        for (String typed : List.of("tu phap", "Tư pháp", "tu pha", "so tu p", "STP")) {
            Element first = search(typed, demo("noivu")).selectFirst("#found-units a.search-match");
            assertThat(first).as(typed).isNotNull();
            assertThat(first.selectFirst(".match-title").text()).as(typed).isEqualTo("Sở Tư pháp");
            assertThat(first.attr("href")).isEqualTo("/units/" + justice.id() + "/tasks");
        }
    }

    @Test
    void tasksAreFoundByTheirTextWithTheirPlan() {
        Document page = search("dong gop tu nguyen", demo("lanhdao"));
        List<Element> tasks = page.select("#found-tasks a.search-match");
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).text()).contains("thuộc kế hoạch 2603/KH-STC",
                "Lồng ghép hướng dẫn các giải pháp nâng cao chỉ tiêu \"Đóng góp tự nguyện\"");
        assertThat(tasks.get(0).selectFirst(".match-title").text()).isEqualTo("2");
        assertThat(tasks.get(0).attr("href")).isEqualTo("/plans/" + plan("2603/KH-STC").id() + "#tasks");
        assertThat(page.select("#found-plans, #found-units, #found-reports")).isEmpty();
    }

    /** A task given to every district is one task per district: found once, saying so. */
    @Test
    void aTaskOfEveryDistrictIsOneMatch() {
        PlanView plan = planFixtures.plan(2026, 2026, "PAPI");
        String text = "Rà soát thủ tục " + TestData.unique("tk");
        tasks.add(plan, new TaskForm("II.9.a", text, null, null, true, "k:DISTRICT", List.of(), List.of(), null));
        long districts = units.activeTree().stream().filter(unit -> unit.kind() == UnitKind.DISTRICT).count();
        assertThat(districts).isGreaterThan(1);

        List<Element> found = search(VietnameseText.fold(text), demo("noivu")).select("#found-tasks a.search-match");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).text()).contains("II.9.a", text, "thuộc kế hoạch " + plan.number(),
                districts + " đơn vị chủ trì, mỗi đơn vị một nhiệm vụ");
    }

    @Test
    void anOfficerFindsOnlyTheirOwnUnitsReportsAndUnit() {
        long justiceReport = jdbc.queryForObject(
                "select id from progress_report where document_number = '1876/STP-VP'", Long.class);

        Document finance = search("1876", demo("taichinh"));
        assertThat(finance.select("a.search-match")).isEmpty();
        assertThat(finance.selectFirst("#search-none").text()).isEqualTo(
                "Không tìm thấy gì cho “1876” trong những gì bạn được xem. Hãy thử ít từ hơn hoặc từ khác.");
        assertThat(search("tu phap", demo("taichinh")).select("#found-units a")).isEmpty();
        assertThat(search("tai chinh", demo("taichinh")).select("#found-units a.search-match .match-title"))
                .extracting(Element::text).containsExactly("Sở Tài chính");

        for (String username : List.of("noivu", "tuphap")) {
            List<Element> found = search("1876", demo(username)).select("#found-reports a.search-match");
            assertThat(found).as(username).hasSize(1);
            assertThat(found.get(0).attr("href")).isEqualTo("/reports/" + justiceReport);
            assertThat(found.get(0).text()).contains("Báo cáo số 1876/STP-VP", "ngày 28/09/2023", "Bị trả lại",
                    "Sở Tư pháp", "6025/KH-UBND");
            assertThat(mvc.get().uri("/reports/{id}", justiceReport).with(as(demo(username)))).hasStatusOk();
        }
    }

    @Test
    void aLeaderFindsAcceptedReportsOnly() {
        ReportFixtures.Setup setup = reportFixtures.setup(LocalDate.of(2023, 12, 15));
        long draft = editing.open(setup.period().id(), setup.a());
        String number = TestData.unique("77") + "/TIMKIEM-NHAP";
        jdbc.update("update progress_report set document_number = ? where id = ?", number, draft);
        UserRow leader = demo("lanhdao");

        // the demo's accepted report (other tests may have given theirs the same number)
        assertThat(reportNumbers("3215", leader)).isNotEmpty().containsOnly("Báo cáo số 3215/STC-VP");
        // returned, waiting for review, a draft
        for (String typed : List.of("1876", "2291/UBND", number)) {
            assertThat(reportNumbers(typed, leader)).as(typed).isEmpty();
            assertThat(reportNumbers(typed, demo("noivu"))).as(typed).hasSize(1);
        }
    }

    @Test
    void plansAreFoundOnlyByThoseWhoMayOpenThem() {
        String number = TestData.unique("88") + "/KH-DUTHAO";
        long draft = plans.create(new PlanForm(number, LocalDate.of(2026, 1, 5), "Ủy ban nhân dân tỉnh",
                "Kế hoạch dự thảo thử", 2026, 2026, List.of("PAPI"), null, null, null, PlanStatus.DRAFT, null));
        String task = "Khảo sát dự thảo " + TestData.unique("nv");
        tasks.add(plans.get(draft), new TaskForm("I.1", task, null, null, true,
                "u:" + units.findByCode("STC").orElseThrow().id(), List.of(), List.of(), null));

        assertThat(planNumbers(number, demo("noivu"))).containsExactly(number);
        assertThat(planNumbers(number, demo("lanhdao"))).isEmpty();
        assertThat(planNumbers(number, demo("taichinh"))).isEmpty();
        // a draft's tasks, even one given to the officer's own unit
        assertThat(taskPlans(task, demo("noivu"))).containsExactly("thuộc kế hoạch " + number);
        assertThat(taskPlans(task, demo("lanhdao"))).isEmpty();
        assertThat(taskPlans(task, demo("taichinh"))).isEmpty();
        // closed: read by leaders and officers alike
        assertThat(planNumbers("8416", demo("lanhdao"))).containsExactly("8416/KH-UBND");
        assertThat(planNumbers("8416", demo("taichinh"))).containsExactly("8416/KH-UBND");
        // in force, with its tasks
        assertThat(planNumbers("6025", demo("taichinh"))).containsExactly("6025/KH-UBND");
        assertThat(search("dong gop tu nguyen", demo("taichinh")).select("#found-tasks a.search-match")).hasSize(1);
    }

    @Test
    void anAdministratorFindsUnitsOnlyLinkedToTheirAdministrationPage() {
        UserRow admin = demo("admin");
        Document page = search("tu phap", admin);
        Element first = page.selectFirst("#found-units a.search-match");
        assertThat(first.attr("href")).isEqualTo("/admin/units/" + units.findByCode("STP").orElseThrow().id() + "/edit");
        assertThat(mvc.get().uri(first.attr("href")).with(as(admin))).hasStatusOk();
        assertThat(search("ke hoach 6025", admin).select("a.search-match")).isEmpty();
        assertThat(search("3215", admin).select("a.search-match")).isEmpty();
    }

    @Test
    void anEmptyOrOneLetterQueryAsksForMoreWithoutQueryingTheDatabase() {
        UserRow coordinator = demo("noivu");
        SqlStatements.reset();
        search("ke hoach", coordinator);
        // one statement per kind; the rest is the request's own (its session)
        long withSearch = SqlStatements.count();
        for (String typed : List.of("", "   ", "a", "đ", "/.-")) {
            SqlStatements.reset();
            Document page = search(typed, coordinator);
            assertThat(SqlStatements.count()).as(typed).isEqualTo(withSearch - 4);
            assertThat(page.selectFirst("#search-too-short").text())
                    .isEqualTo("Hãy gõ ít nhất 2 chữ cái hoặc chữ số, ví dụ “ke hoach 6025” hoặc “tu phap”.");
            assertThat(page.select("a.search-match")).isEmpty();
        }
        assertThat(mvc.get().uri("/search").with(as(demo("noivu")))).hasStatusOk();
    }

    @Test
    void theQueryStaysInTheBoxesAndIsShownEscaped() throws Exception {
        String typed = "<b>tu phap</b> \"x\"";
        MvcTestResult result = mvc.get().uri("/search").param("q", typed).with(as(demo("noivu"))).exchange();
        String raw = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<b>tu phap</b>").contains("&lt;b&gt;tu phap&lt;/b&gt;");
        Document page = Jsoup.parse(raw);
        assertThat(page.select("input[name=q]")).hasSize(2)
                .allSatisfy(box -> assertThat(box.attr("value")).isEqualTo(typed));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Kết quả cho “" + typed + "”");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFirst() {
        assertThat(mvc.get().uri("/search").param("q", "tu phap")).hasStatus(302).hasRedirectedUrl("/login");
    }

    @Test
    void theMenuHoldsTheSearchBoxOnEveryRolesPages() {
        for (String username : List.of("admin", "noivu", "taichinh", "tuphap", "lanhdao")) {
            for (String uri : List.of("/", "/indices", "/account/password")) {
                MvcTestResult result = mvc.get().uri(uri).with(as(demo(username))).exchange();
                assertThat(result).as(username + " " + uri).hasStatusOk();
                String landing = result.getResponse().getForwardedUrl();
                if (landing != null) {
                    // a role's home page may be another page shown in its place (a leader's dashboard)
                    result = mvc.get().uri(landing).with(as(demo(username))).exchange();
                }
                Element box = Jsoup.parse(Pages.html(result)).selectFirst("header form[role=search]");
                assertThat(box).as(username + " " + uri).isNotNull();
                assertThat(box.attr("action")).isEqualTo("/search");
                assertThat(box.attr("method")).isEqualTo("get");
                assertThat(box.selectFirst("input[type=search][name=q]").attr("aria-label")).isEqualTo("Tìm kiếm");
                assertThat(box.selectFirst("button[type=submit]").text()).isEqualTo("Tìm");
            }
        }
    }

    /** The communes: more than twenty match, the first twenty are shown with how many more, and the rest a click away. */
    @Test
    void manyMatchesShowTheFirstTwentyAndHowManyMore() {
        long communes = units.tree().stream().filter(unit -> Stream.of(unit.code(), unit.name(), unit.shortName())
                .flatMap(text -> Stream.of(VietnameseText.fold(text).split("[^a-z0-9]+")))
                .anyMatch(word -> word.startsWith("xa"))).count();
        assertThat(communes).isGreaterThan(100);

        Document page = search("xa", demo("lanhdao"));
        assertThat(page.select("#found-units a.search-match")).hasSize(20);
        assertThat(page.selectFirst("#found-units .found-count").text()).isEqualTo(String.valueOf(communes));
        Element more = page.selectFirst("#found-units .search-more a");
        assertThat(more.text()).isEqualTo("… và " + (communes - 20) + " kết quả khác");
        assertThat(more.attr("href")).isEqualTo("/search?q=xa&kind=UNITS");

        Document all = Jsoup.parse(Pages.html(mvc.get().uri(more.attr("href")).with(as(demo("lanhdao"))).exchange()));
        assertThat(all.select("#found-units a.search-match")).hasSize((int) Math.min(communes, 100));
        assertThat(all.select("#found-plans, #found-tasks, #found-reports")).isEmpty();
        if (communes > 100) {
            assertThat(all.selectFirst("#found-units .search-more").text())
                    .isEqualTo("… và " + (communes - 100) + " kết quả khác: hãy gõ thêm từ để thu hẹp.");
        }
    }

    private List<String> planNumbers(String typed, UserRow reader) {
        return search(typed, reader).select("#found-plans a.search-match .match-title").eachText();
    }

    private List<String> taskPlans(String typed, UserRow reader) {
        return search(VietnameseText.fold(typed), reader).select("#found-tasks a.search-match .match-plan")
                .eachText();
    }

    private List<String> reportNumbers(String typed, UserRow reader) {
        return search(typed, reader).select("#found-reports a.search-match .match-title").eachText();
    }

    private Document search(String typed, UserRow reader) {
        MvcTestResult result = mvc.get().uri("/search").param("q", typed).with(as(reader)).exchange();
        assertThat(result).as(typed).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }

    private PlanView plan(String number) {
        return plans.all().stream().filter(plan -> plan.number().equals(number)).findFirst().orElseThrow();
    }

    private UserRow demo(String username) {
        return users.search(new UserSearch(username, null, null, false), Pageable.unpaged()).stream()
                .filter(row -> row.username().equals(username)).findFirst().orElseThrow();
    }
}
