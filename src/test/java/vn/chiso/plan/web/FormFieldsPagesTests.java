package vn.chiso.plan.web;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetKind;
import vn.chiso.plan.target.TargetService;
import vn.chiso.plan.target.TargetSpec;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * The plan and round forms as the server sends them, before any script: every field there with its general label,
 * and what the pickers and the target form's script need written into the page.
 */
@ChisoTest
class FormFieldsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    PlanFixtures plans;

    @Autowired
    TargetService targets;

    @Autowired
    IndexCatalogue catalogue;

    @Autowired
    UnitService units;

    @Test
    void theTargetFormNamesTheKindsThatUseEachFieldAndALabelForEachOfThem() {
        PlanView plan = plans.plan(2023, 2023, "PAPI");
        Document page = get(data.account(Role.COORDINATOR), "/plans/" + plan.id() + "/targets/new");

        assertThat(page.selectFirst("form[data-fields-by=kind]")).isNotNull();
        assertThat(page.selectFirst("#value-field").attr("data-kinds"))
                .isEqualTo("SCORE_AT_LEAST RANK_AT_MOST SCORE_IMPROVES RANK_IMPROVES");
        assertThat(page.selectFirst("#group-field").attr("data-kinds")).isEqualTo("GROUP_AT_LEAST CHILDREN_IN_GROUP");
        assertThat(page.selectFirst("#childCount-field").attr("data-kinds")).isEqualTo("CHILDREN_IN_GROUP");
        assertThat(label(page, "value", "RANK_AT_MOST")).isEqualTo("Thuộc nhóm … tỉnh, thành phố đứng đầu (hạng ≤)");
        assertThat(label(page, "value", "SCORE_AT_LEAST")).isEqualTo("Đạt từ … điểm trở lên (theo thang điểm của chỉ tiêu)");
        assertThat(label(page, "group", "GROUP_AT_LEAST")).isEqualTo("Thuộc nhóm … trở lên");
        assertThat(label(page, "childCount", "CHILDREN_IN_GROUP")).isEqualTo("Số chỉ tiêu con ít nhất … (để trống: tất cả)");
        // without the script every field shows, under its general label
        for (String field : List.of("value", "group", "childCount")) {
            assertThat(page.selectFirst("#" + field + "-field").hasAttr("hidden")).isFalse();
            assertThat(page.selectFirst("label[for=" + field + "] [data-kind-label=\"\"]").hasAttr("hidden")).isFalse();
        }
        assertThat(page.select("input[name=kind] + label > span:first-child").eachText()).containsExactly(
                "Đạt từ … điểm trở lên", "Xếp hạng từ … trở lên", "Thuộc nhóm … trở lên", "Điểm cao hơn năm trước",
                "Tăng bậc so với năm trước", "Ít nhất … chỉ tiêu con thuộc nhóm … trở lên");
    }

    @Test
    void aValueOrANumberOfChildrenSentForAKindThatDoesNotUseThemIsIgnored() {
        PlanView plan = plans.plan(2023, 2023, "PAPI");
        long papi = catalogue.catalogue("PAPI").index().aggregate().id();
        assertThat(mvc.post().uri("/plans/{id}/targets", plan.id()).with(as(data.account(Role.COORDINATOR)))
                .with(csrf()).param("indicatorId", String.valueOf(papi)).param("kind", "GROUP_AT_LEAST")
                .param("value", "45,00").param("group", "1").param("childCount", "3").param("firstYear", "2023")
                .exchange()).hasStatus3xxRedirection();

        TargetSpec saved = targets.get(plan.id(), targets.of(plan.id()).get(0).spec().id());
        assertThat(saved.kind()).isEqualTo(TargetKind.GROUP_AT_LEAST);
        assertThat(saved.value()).isEqualByComparingTo("1");
        assertThat(saved.childCount()).isNull();
    }

    @Test
    void unitAndIndicatorPickersNameEachOptionWithoutTheTreesIndentation() {
        PlanView plan = plans.plan(2023, 2023, "PAPI");
        Document page = get(data.account(Role.COORDINATOR), "/plans/" + plan.id() + "/tasks/new");
        UnitView commune = units.activeTree().stream().filter(unit -> unit.depth() > 0).findFirst().orElseThrow();

        for (String select : List.of("lead", "coordinatingUnitIds", "indicatorIds")) {
            assertThat(page.selectFirst("select#" + select).hasAttr("data-picker")).as(select).isTrue();
        }
        Element option = page.selectFirst("#coordinatingUnitIds option[value=" + commune.id() + "]");
        assertThat(option.text()).isEqualTo("— ".repeat(commune.depth()) + commune.name());
        assertThat(option.attr("data-label")).isEqualTo(commune.name());
        assertThat(option.attr("data-depth")).isEqualTo(String.valueOf(commune.depth()));
        assertThat(option.attr("data-code")).isEqualTo(commune.code());
        assertThat(page.select("#lead option[value^=k:]").eachAttr("value")).contains("k:ALL", "k:DISTRICT");
        assertThat(page.selectFirst("#coordinating-help").text()).isEqualTo("Giữ Ctrl (hoặc Cmd) để chọn nhiều.");
        assertThat(page.selectFirst("#coordinating-help").attr("data-with-picker")).contains("\"tu phap\"");
        assertThat(page.selectFirst("#indicatorIds option[data-label=\"PAPI.D6 Cung ứng dịch vụ công\"]").text())
                .isEqualTo("— PAPI.D6 Cung ứng dịch vụ công");
    }

    @Test
    void everyDateFieldOpensACalendarBoundedByThePlanWhereTheRulesBoundIt() {
        PlanView plan = plans.plan(2023, 2024, "PAPI");
        UserRow coordinator = data.account(Role.COORDINATOR);

        Element deadline = get(coordinator, "/plans/" + plan.id() + "/tasks/new").selectFirst("#deadline");
        assertThat(deadline.hasAttr("data-date-picker")).isTrue();
        assertThat(deadline.attr("data-min")).isEqualTo("01/01/2023");
        assertThat(deadline.attr("data-max")).isEqualTo("31/12/2024");
        Element onDate = get(coordinator, "/plans/" + plan.id() + "/rules").selectFirst("#onDate");
        assertThat(onDate.attr("data-max")).isEqualTo("31/12/2025");
        Element issued = get(coordinator, "/plans/" + plan.id() + "/edit").selectFirst("#issueDate");
        assertThat(issued.val()).isEqualTo("15/01/2023");
        assertThat(issued.hasAttr("data-date-picker")).isTrue();
        assertThat(issued.hasAttr("data-min")).isFalse();
        Document settings = get(coordinator, "/assessments/2099/settings");
        assertThat(settings.select("input[data-date-picker]").eachAttr("id")).containsExactly("opensOn", "closesOn");
        assertThat(settings.selectFirst("#unitId").hasAttr("data-picker")).isTrue();
        // from the application's own WebJars (the locator adds their versions), never from a CDN
        assertThat(String.join(" ", settings.select("script[src]").eachAttr("src")))
                .containsPattern("^/webjars/tom-select/[0-9.]+/dist/js/tom-select.complete.min.js "
                        + "/webjars/flatpickr/[0-9.]+/dist/flatpickr.min.js /webjars/flatpickr/[0-9.]+/dist/l10n/vn.js "
                        + "/js/pickers.js ");
    }

    @Test
    void thePickersAreServedByTheApplicationItself() {
        for (String file : List.of("/webjars/tom-select/dist/js/tom-select.complete.min.js",
                "/webjars/tom-select/dist/css/tom-select.bootstrap5.min.css", "/webjars/flatpickr/dist/flatpickr.min.js",
                "/webjars/flatpickr/dist/flatpickr.min.css", "/webjars/flatpickr/dist/l10n/vn.js", "/js/pickers.js",
                "/js/kind-fields.js", "/css/pickers.css")) {
            assertThat(mvc.get().uri(file).with(as(data.account(Role.COORDINATOR))).exchange()).as(file).hasStatusOk();
        }
    }

    @Test
    void aMistypedReportingDateComesBackAsTypedWithItsMessage() {
        PlanView plan = plans.plan(2023, 2023, "PAPI");
        Document page = Jsoup.parse(Pages.html(mvc.post().uri("/plans/{id}/rules", plan.id())
                .with(as(data.account(Role.COORDINATOR))).with(csrf()).param("kind", "ONE_OFF")
                .param("label", "Báo cáo sơ kết").param("onDate", "31/02/2023").exchange()));

        assertThat(page.selectFirst("#onDate").val()).isEqualTo("31/02/2023");
        assertThat(page.selectFirst("#onDate-error").text())
                .isEqualTo("Ngày không hợp lệ; viết theo dạng ngày/tháng/năm, ví dụ 30/06/2023.");
    }

    /** The page as the browser parses it (jsoup reads the character references itself). */
    private Document get(UserRow account, String path) {
        try {
            return Jsoup.parse(mvc.get().uri(path).with(as(account)).exchange().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String label(Document page, String field, String kind) {
        return page.selectFirst("label[for=" + field + "] [data-kind-label=" + kind + "]").text();
    }
}
