package vn.chiso.assessment.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Thresholds;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** A coordinator sets up a round: window, thresholds, publication, enrolment and withdrawal. Rolled back. */
@ChisoTest
@Transactional
class RoundSettingsPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AssessmentYears years;

    RoundFixtures fixtures;
    UserRow coordinator;

    @BeforeEach
    void setUp() {
        fixtures = new RoundFixtures(jdbc);
        coordinator = data.account(Role.COORDINATOR);
    }

    @Test
    void aWindowClosingBeforeItOpensAndAFairThresholdNotBelowGoodAreRefusedBesideTheirFields() {
        int year = RoundFixtures.year();
        Document page = Jsoup.parse(Pages.html(settings(year, "31/03/" + year, "01/03/" + year, "80", "85", "50")
                .exchange()));

        assertThat(page.selectFirst("#closesOn-error").text()).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
        assertThat(page.selectFirst("#fairFrom-error").text()).startsWith("Mỗi ngưỡng phải thấp hơn ngưỡng");
        assertThat(page.selectFirst("#opensOn").val()).isEqualTo("31/03/" + year);
        assertThat(page.selectFirst("#closesOn").val()).isEqualTo("01/03/" + year);
        assertThat(page.selectFirst("#fairFrom").val()).isEqualTo("85");
        assertThat(years.find(year)).isEmpty();
    }

    /** Not in a test transaction: the service's own transaction must roll the saved window back. */
    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void aValidWindowIsNotSavedWhenTheThresholdsAreRefused() {
        int year = RoundFixtures.year();
        Document page = Jsoup.parse(Pages.html(settings(year, "01/03/" + year, "31/03/" + year, "90", "95", "50")
                .exchange()));

        assertThat(page.selectFirst("#fairFrom-error")).isNotNull();
        assertThat(page.selectFirst("#opensOn").val()).isEqualTo("01/03/" + year);
        assertThat(years.find(year)).isEmpty();
    }

    @Test
    void aBadDateIsRefusedAndNothingElseIsSaved() {
        int year = RoundFixtures.year();
        Document page = Jsoup.parse(Pages.html(settings(year, "31/02/" + year, "31/03/" + year, "90", "80", "70")
                .exchange()));

        assertThat(page.selectFirst("#opensOn-error").text()).startsWith("Ngày không hợp lệ");
        assertThat(page.selectFirst("#goodFrom").val()).isEqualTo("90");
        assertThat(years.find(year)).isEmpty();
    }

    @Test
    void theFirstSaveCreatesTheRoundAndThresholdsTakeADecimalComma() {
        int year = RoundFixtures.year();
        assertThat(Jsoup.parse(Pages.html(mvc.get().uri("/assessments/{y}/settings", year).with(as(coordinator))
                .exchange())).selectFirst("#new-round")).isNotNull();

        MvcTestResult saved = settings(year, "1/3/" + year, "31/03/" + year, "89,5", "75.25", "50").exchange();

        assertThat(saved).hasRedirectedUrl("/assessments/" + year + "/settings");
        assertThat(flash(saved)).containsEntry("success", "assessment.settings.saved");
        AssessmentYear round = years.get(year);
        assertThat(round.opensOn()).isEqualTo(LocalDate.of(year, 3, 1));
        assertThat(round.closesOn()).isEqualTo(LocalDate.of(year, 3, 31));
        assertThat(round.thresholds()).isEqualTo(new Thresholds(new BigDecimal("89.50"), new BigDecimal("75.25"),
                new BigDecimal("50.00")));
        Document page = Jsoup.parse(Pages.html(mvc.get().uri("/assessments/{y}/settings", year).with(as(coordinator))
                .exchange()));
        assertThat(page.selectFirst("#opensOn").val()).isEqualTo("01/03/" + year);
        assertThat(page.selectFirst("#goodFrom").val()).isEqualTo("89,5");
    }

    @Test
    void thresholdsMayComeLaterButOnceSetCannotBeEmptied() {
        int year = RoundFixtures.year();
        assertThat(settings(year, "01/03/" + year, "31/03/" + year, "", "", "").exchange()).hasStatus(HttpStatus.FOUND);
        assertThat(years.get(year).thresholds()).isNull();

        settings(year, "01/03/" + year, "31/03/" + year, "90", "80", "70").exchange();
        Document page = Jsoup.parse(Pages.html(settings(year, "01/03/" + year, "31/03/" + year, "", "", "")
                .exchange()));
        assertThat(page.selectFirst("#goodFrom-error").text()).isEqualTo("Vui lòng nhập đủ ba ngưỡng xếp loại.");
    }

    @Test
    void publishingNeedsTheThresholds() {
        int year = RoundFixtures.year();
        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));

        Document refused = Jsoup.parse(Pages.html(mvc.post().uri("/assessments/{y}/settings/publish", year)
                .with(as(coordinator)).with(csrf()).exchange()));
        assertThat(refused.selectFirst("#publish-error").text())
                .isEqualTo("Cần đặt ngưỡng xếp loại trước khi công bố kết quả.");
        assertThat(years.get(year).published()).isFalse();

        settings(year, "01/03/" + year, "31/03/" + year, "90", "80", "70").exchange();
        assertThat(mvc.post().uri("/assessments/{y}/settings/publish", year).with(as(coordinator)).with(csrf()))
                .hasRedirectedUrl("/assessments/" + year + "/settings");
        assertThat(years.get(year).published()).isTrue();
    }

    @Test
    void enrolmentFromThePageNamesTheKindsWithoutASetAndWithdrawalRefusesAUnitThatHasBegun() {
        int year = RoundFixtures.year();
        assertThat(Jsoup.parse(Pages.html(mvc.post().uri("/assessments/{y}/settings/enrol", year)
                .with(as(coordinator)).with(csrf()).exchange())).selectFirst("#enrol-error").text())
                .startsWith("Chưa có đợt đánh giá năm " + year);

        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
        RoundFixtures.CriteriaSetIds set = fixtures.set(year, AssessedKind.DEPARTMENT, "10");
        UnitView begun = data.unit(UnitKind.DEPARTMENT);
        UnitView untouched = data.unit(UnitKind.DEPARTMENT);
        data.unit(UnitKind.DISTRICT);
        data.unit(UnitKind.COMMUNE);
        fixtures.score(fixtures.assessment(year, begun.id(), set.id(), AssessmentStatus.DRAFT, null, null),
                set.scored(), "5", null);

        MvcTestResult enrolled = mvc.post().uri("/assessments/{y}/settings/enrol", year).with(as(coordinator))
                .with(csrf()).exchange();
        assertThat(enrolled).hasRedirectedUrl("/assessments/" + year + "/settings#enrolment");
        // the kinds without a set for the year are named, with how many of their units were left out
        assertThat(flash(enrolled)).containsEntry("success", "assessment.enrol.done");
        assertThat(((Map<?, ?>) flash(enrolled).get("withoutSet")).keySet().stream().map(String::valueOf).toList())
                .contains("assessment.kind.DISTRICT", "assessment.kind.COMMUNE")
                .doesNotContain("assessment.kind.DEPARTMENT");
        assertThat(fixtures.count(year, untouched.id())).isEqualTo(1);

        // the page the redirect leads to, in the same session, shows the flash
        Document page = Jsoup.parse(Pages.html(mvc.get().uri("/assessments/{y}/settings", year)
                .with(as(coordinator)).cookie(enrolled.getResponse().getCookies()).exchange()));
        assertThat(page.select("#without-set li").eachAttr("data-kind"))
                .contains("assessment.kind.DISTRICT", "assessment.kind.COMMUNE");
        assertThat(page.selectFirst("#without-set li[data-kind=assessment.kind.DISTRICT]").text())
                .matches("UBND cấp huyện: \\d+ đơn vị");
        assertThat(page.selectFirst(".alert-success").text()).startsWith("Đã đưa thêm ");
        assertThat(page.selectFirst("#enrolment-by-kind tr[data-kind=DISTRICT] .no-set")).isNotNull();
        assertThat(page.select("#unitId option").eachAttr("value"))
                .contains(String.valueOf(untouched.id())).doesNotContain(String.valueOf(begun.id()));

        Document refused = Jsoup.parse(Pages.html(mvc.post().uri("/assessments/{y}/settings/withdraw", year)
                .with(as(coordinator)).with(csrf()).param("unitId", String.valueOf(begun.id())).exchange()));
        assertThat(refused.selectFirst("#unitId-error").text()).startsWith("Đơn vị đã bắt đầu tự đánh giá");
        assertThat(fixtures.count(year, begun.id())).isEqualTo(1);

        MvcTestResult withdrawn = mvc.post().uri("/assessments/{y}/settings/withdraw", year).with(as(coordinator))
                .with(csrf()).param("unitId", String.valueOf(untouched.id())).exchange();
        assertThat(withdrawn).hasRedirectedUrl("/assessments/" + year + "/settings#enrolment");
        assertThat(flash(withdrawn)).containsEntry("successArg", untouched.name());
        assertThat(fixtures.count(year, untouched.id())).isZero();
    }

    @Test
    void aYearOutsideTheSchemasRangeHasNoSettings() {
        assertThat(mvc.get().uri("/assessments/2101/settings").with(as(coordinator))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/assessments/1989/settings").with(as(coordinator))).hasStatus(HttpStatus.NOT_FOUND);
    }

    static Map<String, Object> flash(MvcTestResult result) {
        return result.getMvcResult().getFlashMap();
    }

    private MockMvcTester.MockMvcRequestBuilder settings(int year, String opensOn, String closesOn, String good,
            String fair, String average) {
        return mvc.post().uri("/assessments/{y}/settings", year).with(as(coordinator)).with(csrf())
                .param("opensOn", opensOn).param("closesOn", closesOn).param("goodFrom", good)
                .param("fairFrom", fair).param("averageFrom", average);
    }
}
