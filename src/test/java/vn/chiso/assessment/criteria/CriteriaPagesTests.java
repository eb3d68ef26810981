package vn.chiso.assessment.criteria;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** The coordinator's criteria pages as a browser receives them; each test rolled back. */
@ChisoTest
@Transactional
class CriteriaPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    CriteriaEditing editing;

    @Autowired
    CriteriaSets sets;

    @Autowired
    JdbcTemplate jdbc;

    private CriteriaFixtures fixtures;
    private UserRow coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new CriteriaFixtures(editing, jdbc);
        coordinator = data.account(Role.COORDINATOR);
    }

    @Test
    void onlyCoordinatorsReachTheCriteriaPages() {
        long set = fixtures.set(2031, AssessedKind.DEPARTMENT);
        assertThat(mvc.get().uri("/assessments/criteria").with(as(coordinator))).hasStatusOk();
        assertThat(mvc.get().uri("/assessments/criteria/{id}", set).with(as(coordinator))).hasStatusOk();
        for (UserRow other : List.of(data.account(Role.OFFICER), data.account(Role.LEADER))) {
            assertThat(mvc.get().uri("/assessments/criteria").with(as(other))).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.get().uri("/assessments/criteria/{id}/waivers", set).with(as(other)))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/assessments/criteria").with(as(other)).with(csrf()).param("year", "2032")
                    .param("kind", "COMMUNE").param("name", "Bộ lạ").param("surveyPoints", "0"))
                    .hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.post().uri("/assessments/criteria/{id}/nodes", set).with(as(other)).with(csrf())
                    .param("code", "1").param("name", "Lĩnh vực lạ").param("maxPoints", "1"))
                    .hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(sets.current(2032, AssessedKind.COMMUNE)).isEmpty();
        assertThat(sets.tree(set).nodes()).isEmpty();
    }

    @Test
    void theListShowsEachSetWithItsPointsAndUseByYear() {
        UnitView department = data.unit(UnitKind.DEPARTMENT);
        long set = fixtures.set(2033, AssessedKind.DEPARTMENT);
        long field = fixtures.node(set, null, "1", "10", null);
        fixtures.node(set, field, "1.1", "4.5", "0.5");
        fixtures.node(set, field, "1.2", "2", null);
        fixtures.use(set, 2033, department.id());

        Document page = page("/assessments/criteria");
        Element year = page.selectFirst("section[data-year=2033]");
        assertThat(year.selectFirst("h2").text()).isEqualTo("Năm 2033");
        Element row = year.selectFirst("tr[data-set=" + set + "]");
        assertThat(row.selectFirst(".version").text()).isEqualTo("Phiên bản 1");
        assertThat(row.selectFirst(".self-max").text()).isEqualTo("6,50");
        assertThat(row.selectFirst(".survey").text()).isEqualTo("32,00");
        assertThat(row.selectFirst(".total").text()).isEqualTo("38,50");
        assertThat(row.selectFirst(".scored").text()).isEqualTo("2");
        assertThat(row.selectFirst(".use").text()).isEqualTo("1 đơn vị đang dùng");
        assertThat(page.select("#copy option[value=" + set + "]")).hasSize(1);
    }

    @Test
    void aSetIsCreatedAndFilledThroughThePages() {
        MvcTestResult created = mvc.post().uri("/assessments/criteria").with(as(coordinator)).with(csrf())
                .param("year", "2034").param("kind", "COMMUNE").param("name", "Bộ tiêu chí cấp xã 2034")
                .param("surveyPoints", "32,5").exchange();
        long set = sets.current(2034, AssessedKind.COMMUNE).orElseThrow().id();
        assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/assessments/criteria/" + set);
        assertThat(sets.get(set).surveyPoints()).isEqualByComparingTo("32.5");

        assertThat(mvc.post().uri("/assessments/criteria/{id}/nodes", set).with(as(coordinator)).with(csrf())
                .param("code", "1").param("name", "Công tác chỉ đạo, điều hành").param("maxPoints", "6"))
                .hasStatus(HttpStatus.FOUND);
        long field = sets.tree(set).fields().get(0).id();
        assertThat(mvc.get().uri("/assessments/criteria/{id}/nodes/new?parentId={p}", set, field).with(as(coordinator)))
                .hasStatusOk().bodyText().contains("value=\"1.\"");
        assertThat(mvc.post().uri("/assessments/criteria/{id}/nodes", set).with(as(coordinator)).with(csrf())
                .param("parentId", String.valueOf(field)).param("code", "1.1").param("name", "Kế hoạch CCHC")
                .param("maxPoints", "2,5").param("step", "0,5")).hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/assessments/criteria/{id}", set).with(as(coordinator)).with(csrf())
                .param("name", "Bộ tiêu chí cấp xã năm 2034").param("surveyPoints", "30"))
                .hasStatus(HttpStatus.FOUND);

        Document tree = page("/assessments/criteria/" + set);
        assertThat(tree.selectFirst("h1").text()).isEqualTo("Bộ tiêu chí cấp xã năm 2034");
        assertThat(tree.selectFirst("#points .self-max").text()).isEqualTo("2,50");
        assertThat(tree.selectFirst("#points .total").text()).isEqualTo("32,50");
        assertThat(tree.selectFirst("tr[data-code=1] .max").text()).isEqualTo("2,50");
        assertThat(tree.selectFirst("tr[data-code=1.1] .step").text()).isEqualTo("0,50");
        assertThat(tree.select("tr[data-code=1.1] a[href$=/edit]")).hasSize(1);
        assertThat(tree.selectFirst("#in-use")).isNull();

        long criterion = sets.tree(set).childrenOf(field).get(0).id();
        assertThat(mvc.post().uri("/assessments/criteria/{id}/nodes/{n}/delete", set, criterion).with(as(coordinator))
                .with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsEntry("success", "criteria.node.deleted");
        assertThat(sets.tree(set).nodes()).hasSize(1);
    }

    @Test
    void aRefusedNodeShowsTheVietnameseMessageNextToTheFieldWithTheTypedValues() {
        long set = fixtures.set(2035, AssessedKind.DEPARTMENT);
        long field = fixtures.node(set, null, "1", "10", null);

        MvcTestResult result = mvc.post().uri("/assessments/criteria/{id}/nodes", set).with(as(coordinator))
                .with(csrf()).param("parentId", String.valueOf(field)).param("code", "2.1")
                .param("name", "Ban hành kế hoạch cải cách hành chính").param("maxPoints", "2,5").param("step", "1")
                .exchange();

        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(Pages.html(result));
        assertThat(page.selectFirst("#code-error").text()).isEqualTo("Mã phải bắt đầu bằng mã của mục cha: 1.");
        assertThat(page.selectFirst("#step-error").text())
                .startsWith("Điểm tối đa 2,5 không phải là bội số của bước chấm 1");
        assertThat(page.selectFirst("input[name=code]").val()).isEqualTo("2.1");
        assertThat(page.selectFirst("input[name=name]").val()).isEqualTo("Ban hành kế hoạch cải cách hành chính");
        assertThat(page.selectFirst("input[name=maxPoints]").val()).isEqualTo("2,5");
        assertThat(page.selectFirst("select[name=parentId] option[selected]").val()).isEqualTo(String.valueOf(field));

        MvcTestResult mistyped = mvc.post().uri("/assessments/criteria/{id}/nodes", set).with(as(coordinator))
                .with(csrf()).param("parentId", String.valueOf(field)).param("code", "1.1").param("name", "Kế hoạch")
                .param("maxPoints", "hai").exchange();
        Document again = Jsoup.parse(Pages.html(mistyped));
        assertThat(again.selectFirst("#maxPoints-error").text()).isEqualTo("Vui lòng nhập một số, ví dụ 43,44.");
        assertThat(again.selectFirst("input[name=maxPoints]").val()).isEqualTo("hai");
        assertThat(sets.tree(set).nodes()).hasSize(1);
    }

    @Test
    void aSecondSetForTheSameYearAndKindIsRefusedOnTheYear() {
        fixtures.set(2036, AssessedKind.DISTRICT);

        MvcTestResult result = mvc.post().uri("/assessments/criteria").with(as(coordinator)).with(csrf())
                .param("year", "2036").param("kind", "DISTRICT").param("name", "Bộ thứ hai")
                .param("surveyPoints", "30").exchange();

        Document page = Jsoup.parse(Pages.html(result));
        assertThat(page.selectFirst("#create #year-error").text()).startsWith("Năm 2036 đã có bộ tiêu chí cho")
                .endsWith("hãy mở nó và tạo phiên bản mới.");
        assertThat(page.selectFirst("#create input[name=name]").val()).isEqualTo("Bộ thứ hai");
        assertThat(page.selectFirst("#create select[name=kind] option[selected]").val()).isEqualTo("DISTRICT");
    }

    @Test
    void lastYearsSetIsCopiedToANewYearFromTheList() {
        long source = fixtures.set(2037, AssessedKind.COMMUNE);
        long field = fixtures.node(source, null, "1", "10", null);
        fixtures.node(source, field, "1.1", "4", "1");

        MvcTestResult result = mvc.post().uri("/assessments/criteria/copy").with(as(coordinator)).with(csrf())
                .param("sourceId", String.valueOf(source)).param("targetYear", "2038")
                .param("newName", "Bộ tiêu chí cấp xã năm 2038").exchange();

        CriteriaSet copy = sets.current(2038, AssessedKind.COMMUNE).orElseThrow();
        assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/assessments/criteria/" + copy.id());
        assertThat(sets.tree(copy.id()).nodes()).extracting(Criterion::code).containsExactly("1", "1.1");

        Document refused = Jsoup.parse(Pages.html(mvc.post().uri("/assessments/criteria/copy").with(as(coordinator))
                .with(csrf()).param("sourceId", "").param("targetYear", "3000").param("newName", "Bản chép")
                .exchange()));
        assertThat(refused.selectFirst("#sourceId-error").text()).isEqualTo("Vui lòng chọn bộ tiêu chí cần chép.");
        assertThat(refused.selectFirst("#targetYear-error").text()).isEqualTo("Vui lòng nhập năm từ 1990 đến 2100.");
        assertThat(refused.selectFirst("input[name=targetYear]").val()).isEqualTo("3000");
    }

    @Test
    void aSetInUseIsReadOnlyAndItsNewVersionOpensForEditing() {
        UnitView commune = data.unit(UnitKind.COMMUNE);
        long set = fixtures.set(2039, AssessedKind.COMMUNE);
        long field = fixtures.node(set, null, "1", "10", null);
        fixtures.use(set, 2039, commune.id());

        Document page = page("/assessments/criteria/" + set);
        assertThat(page.selectFirst("#in-use").text()).contains("đã được 1 đơn vị dùng để tự chấm điểm");
        assertThat(page.select("#criteria-tree a[href$=/edit]")).isEmpty();
        assertThat(page.selectFirst("#header")).isNull();
        assertThat(page("/assessments/criteria/" + set + "/waivers").selectFirst("#add-waiver")).isNull();
        assertThat(mvc.get().uri("/assessments/criteria/{id}/nodes/{n}/edit", set, field).with(as(coordinator)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(mvc.post().uri("/assessments/criteria/{id}/nodes/{n}/delete", set, field).with(as(coordinator))
                .with(csrf())).hasStatus(HttpStatus.FOUND).flash().containsEntry("failure", "criteria.set.inUse");
        assertThat(Pages.html(mvc.post().uri("/assessments/criteria/{id}/nodes", set).with(as(coordinator))
                .with(csrf()).param("code", "2").param("name", "Lĩnh vực mới").param("maxPoints", "1").exchange()))
                .contains("không sửa được nữa");
        assertThat(sets.tree(set).nodes()).hasSize(1);

        MvcTestResult versioned = mvc.post().uri("/assessments/criteria/{id}/versions", set).with(as(coordinator))
                .with(csrf()).exchange();

        CriteriaSet version = sets.current(2039, AssessedKind.COMMUNE).orElseThrow();
        assertThat(version.version()).isEqualTo(2);
        assertThat(versioned).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/assessments/criteria/" + version.id());
        Document copy = page("/assessments/criteria/" + version.id());
        assertThat(copy.selectFirst("#in-use")).isNull();
        assertThat(copy.select("#versions li")).hasSize(2);
        assertThat(copy.select("#criteria-tree a[href$=/edit]")).hasSize(1);
        assertThat(page("/assessments/criteria/" + set).selectFirst("#older-version")).isNotNull();
    }

    @Test
    void waiversAreListedWithTheUnitsMaximumAndRemoved() {
        UnitView department = data.unit(UnitKind.DEPARTMENT);
        long set = fixtures.set(2040, AssessedKind.DEPARTMENT);
        long field = fixtures.node(set, null, "1", "10", null);
        long criterion = fixtures.node(set, field, "1.1", "4", null);
        fixtures.node(set, field, "1.2", "3", null);

        assertThat(mvc.post().uri("/assessments/criteria/{id}/waivers", set).with(as(coordinator)).with(csrf())
                .param("unitId", String.valueOf(department.id())).param("criterionId", String.valueOf(criterion)))
                .hasStatus(HttpStatus.FOUND);
        Document page = page("/assessments/criteria/" + set + "/waivers");
        Element row = page.selectFirst("#waivers tr[data-unit=" + department.id() + "]");
        assertThat(row.attr("data-criterion")).isEqualTo("1.1");
        assertThat(row.text()).contains(department.name(), "Điểm tự chấm tối đa: 3,00", "1.1 Tiêu chí 1.1");
        assertThat(page.select("#add-waiver select[name=unitId] option[value=" + department.id() + "]")).hasSize(1);

        MvcTestResult refused = mvc.post().uri("/assessments/criteria/{id}/waivers", set).with(as(coordinator))
                .with(csrf()).param("unitId", String.valueOf(department.id())).param("criterionId", "").exchange();
        assertThat(Jsoup.parse(Pages.html(refused)).selectFirst("#criterionId-error").text())
                .isEqualTo("Vui lòng chọn tiêu chí.");

        assertThat(mvc.post().uri("/assessments/criteria/{id}/waivers/remove", set).with(as(coordinator)).with(csrf())
                .param("unitId", String.valueOf(department.id())).param("criterionId", String.valueOf(criterion)))
                .hasStatus(HttpStatus.FOUND);
        assertThat(sets.waivers(set)).isEmpty();
    }

    @Test
    void aSetThatDoesNotExistIsNotFound() {
        assertThat(mvc.get().uri("/assessments/criteria/{id}", Long.MAX_VALUE).with(as(coordinator)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    /** The tree and the waivers pages read a set in a fixed number of statements, however many nodes it has. */
    @Test
    void theTreePageSendsTheSameStatementsForASmallAndALargerSet() {
        UnitView department = data.unit(UnitKind.DEPARTMENT);
        long small = fixtures.set(2041, AssessedKind.DEPARTMENT);
        long one = fixtures.node(small, null, "1", "1", null);
        editing.waive(small, new WaiverForm(department.id(), one));
        long large = fixtures.set(2042, AssessedKind.DEPARTMENT);
        for (int f = 1; f <= 4; f++) {
            long field = fixtures.node(large, null, String.valueOf(f), "1", null);
            for (int c = 1; c <= 4; c++) {
                long criterion = fixtures.node(large, field, f + "." + c, "1", null);
                for (int s = 1; s <= 3; s++) {
                    long sub = fixtures.node(large, criterion, f + "." + c + "." + s, "0.5", "0.25");
                    editing.waive(large, new WaiverForm(department.id(), sub));
                }
            }
        }

        for (String page : List.of("/assessments/criteria/%d", "/assessments/criteria/%d/waivers",
                "/assessments/criteria/%d/nodes/new")) {
            assertThat(statements(page.formatted(large))).as(page).isEqualTo(statements(page.formatted(small)))
                    .isLessThanOrEqualTo(10);
        }
        assertThat(statements("/assessments/criteria")).isLessThanOrEqualTo(10);
    }

    private long statements(String uri) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(coordinator))).as(uri).hasStatusOk();
        return SqlStatements.count();
    }

    private Document page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(coordinator)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }
}
