package vn.chiso.assessment.round;

import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.ranking.RankedUnit;
import vn.chiso.assessment.ranking.Rankings;
import vn.chiso.shared.DemoCalendar;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/** Who reaches which page of a round, and where each role lands on /assessments. Rolled back. */
@ChisoTest
@Transactional
class RoundAccessTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Rankings rankings;
    @Autowired
    DemoCalendar calendar;

    RoundFixtures fixtures;
    int year;
    long set;

    @BeforeEach
    void setUp() {
        fixtures = new RoundFixtures(jdbc);
        year = RoundFixtures.year();
        fixtures.round(year, LocalDate.of(year, 3, 1), LocalDate.of(year, 3, 31));
        set = fixtures.set(year, AssessedKind.DEPARTMENT, "10").id();
    }

    @Test
    void officersReachNoneOfTheCoordinatorsPages() {
        UserRow officer = data.account(Role.OFFICER);
        for (String uri : List.of("/assessments/" + year, "/assessments/" + year + "/progress.xlsx",
                "/assessments/" + year + "/settings", "/assessments/" + year + "/survey")) {
            assertThat(mvc.get().uri(uri).with(as(officer))).as(uri).hasStatus(HttpStatus.FORBIDDEN);
        }
        for (String uri : List.of("/assessments/" + year + "/settings", "/assessments/" + year + "/settings/enrol",
                "/assessments/" + year + "/settings/publish", "/assessments/" + year + "/survey")) {
            assertThat(mvc.post().uri(uri).with(as(officer)).with(csrf())).as(uri).hasStatus(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void leadersReadTheProgressButDoNotRunTheRound() {
        UserRow leader = data.account(Role.LEADER);
        assertThat(mvc.get().uri("/assessments/{y}", year).with(as(leader))).hasStatusOk();
        assertThat(mvc.get().uri("/assessments/{y}/progress.xlsx", year).with(as(leader))).hasStatusOk();
        assertThat(mvc.get().uri("/assessments/{y}/settings", year).with(as(leader))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/assessments/{y}/survey", year).with(as(leader))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.post().uri("/assessments/{y}/settings/publish", year).with(as(leader)).with(csrf()))
                .hasStatus(HttpStatus.FORBIDDEN);

        Document rounds = page("/assessments", leader);
        assertThat(rounds.selectFirst("#rounds tr[data-year=" + year + "]")).isNotNull();
        assertThat(rounds.select("#rounds a").eachAttr("href")).noneMatch(href -> href.endsWith("/settings"))
                .contains("/assessments/" + year + "/ranking");
        assertThat(rounds.selectFirst("#start-round")).isNull();
    }

    @Test
    void coordinatorsSeeEveryRoundWithItsCountsAndStartANewOne() {
        UserRow coordinator = data.account(Role.COORDINATOR);
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        fixtures.assessment(year, unit.id(), set, AssessmentStatus.FINAL, Instant.now(), false);
        fixtures.assessment(year, data.unit(UnitKind.DEPARTMENT).id(), set, AssessmentStatus.DRAFT, null, null);

        Document rounds = page("/assessments", coordinator);
        assertThat(rounds.select("#rounds tr[data-year=" + year + "] td[data-count]").eachText())
                .containsExactly("2", "1", "1");
        assertThat(rounds.select("#rounds tr[data-year=" + year + "] a").eachAttr("href")).contains(
                "/assessments/" + year + "/settings", "/assessments/" + year + "/survey",
                "/assessments/" + year + "/ranking", "/assessments/" + year);

        assertThat(mvc.get().uri("/assessments?start=2064").with(as(coordinator)))
                .hasRedirectedUrl("/assessments/2064/settings");
        assertThat(page("/assessments?start=3000", coordinator).selectFirst("#start-error").text())
                .isEqualTo("Năm đánh giá phải là số nguyên từ 1990 đến 2100.");
        assertThat(mvc.get().uri("/assessments").with(as(data.account(Role.ADMIN)))).hasStatus(HttpStatus.FORBIDDEN);
    }

    /**
     * The current round is the latest whose window has opened: 2100 here, opened yesterday. It comes first, with the
     * way to the unit's form; the earlier years follow.
     */
    @Test
    void anOfficerOfAnEnrolledUnitIsLedToTheirOwnFormAndSeesTheEarlierYears() {
        int current = 2100;
        fixtures.round(current, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
        long currentSet = fixtures.set(current, AssessedKind.DEPARTMENT, "10").id();
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        fixtures.assessment(current, unit.id(), currentSet, AssessmentStatus.DRAFT, null, null);
        fixtures.assessment(year, unit.id(), set, AssessmentStatus.FINAL, Instant.now(), false);
        UserRow officer = data.account(Role.OFFICER, unit.id());

        Document landing = page("/assessments", officer);
        assertThat(landing.selectFirst("#current-round a").attr("href")).isEqualTo("/assessments/2100/mine");
        assertThat(landing.selectFirst("#current-round a").text()).isEqualTo("Tự chấm điểm");
        assertThat(landing.select("#unit-rounds li").eachAttr("data-year")).containsExactly(String.valueOf(year));
        assertThat(landing.selectFirst("#unit-rounds .result-note").text())
                .as("the year's ranking is not published").isEqualTo("Chưa công bố kết quả xếp loại, xếp hạng");
        assertThat(mvc.get().uri("/assessments/2100/mine").with(as(officer)))
                .hasRedirectedUrl("/assessments/2100/units/" + unit.id() + "/edit");

        jdbc.update("update assessment set status = 'SUBMITTED' where year = 2100 and unit_id = ?", unit.id());
        assertThat(mvc.get().uri("/assessments/2100/mine").with(as(officer)))
                .hasRedirectedUrl("/assessments/2100/units/" + unit.id());
        assertThat(mvc.get().uri("/assessments/{y}/mine", RoundFixtures.year()).with(as(officer)))
                .as("a year the unit has no assessment").hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anOfficerOfAUnitNotInTheCurrentRoundSeesTheYearsItWasAssessed() {
        fixtures.round(2100, LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        fixtures.assessment(year, unit.id(), set, AssessmentStatus.FINAL, Instant.now(), false);
        UserRow officer = data.account(Role.OFFICER, unit.id());

        Document page = page("/assessments", officer);

        assertThat(page.selectFirst("#not-enrolled").text()).contains("2100");
        assertThat(page.selectFirst("#current-round")).isNull();
        assertThat(page.selectFirst("#unit-rounds li[data-year=" + year + "] a").attr("href"))
                .isEqualTo("/assessments/" + year + "/units/" + unit.id());
        assertThat(page.selectFirst("#unit-rounds [data-status]").attr("data-status")).isEqualTo("FINAL");
    }

    /**
     * Sở Tài chính's officer finds the demo's closed years on the landing page and reads, on the unit page, the total,
     * the rating and the rank within the departments; before the year is published nothing of the rating or rank.
     */
    @Test
    void anOfficerReadsTheirUnitsRankOfEarlierYearsOncePublishedAndNotBefore() {
        long finance = jdbc.queryForObject("select id from unit where code = 'STC'", Long.class);
        UserRow officer = data.account(Role.OFFICER, finance);
        int previous = calendar.assessmentYear() - 1;
        RankedUnit ranked = rankings.ranking(previous).ofUnit(finance).orElseThrow();

        Document landing = page("/assessments", officer);
        assertThat(landing.select("#unit-rounds li").eachAttr("data-year"))
                .contains(String.valueOf(previous), String.valueOf(previous - 1));
        Element closed = landing.selectFirst("#unit-rounds li[data-year=" + previous + "]");
        assertThat(closed.selectFirst(".result-note").text())
                .isEqualTo("Đã công bố kết quả: xem tổng điểm, xếp loại và thứ hạng của đơn vị");
        String link = closed.selectFirst("a").attr("href");
        assertThat(link).isEqualTo("/assessments/" + previous + "/units/" + finance);

        Document result = page(link, officer);
        assertThat(result.selectFirst("#result [data-rating]").attr("data-rating")).isEqualTo(ranked.rating().name());
        assertThat(result.selectFirst("#result").text()).contains("Xếp thứ " + ranked.rank() + "/" + ranked.outOf()
                + " trong nhóm Sở, ban, ngành cấp tỉnh");
        assertThat(result.selectFirst("#total").text()).endsWith("(" + percent(ranked) + " %)");

        jdbc.update("update assessment_year set published_at = null where year = ?", previous);
        assertThat(page("/assessments", officer).selectFirst("#unit-rounds li[data-year=" + previous + "] .result-note")
                .text())
                .isEqualTo("Chưa công bố kết quả xếp loại, xếp hạng");
        Document unpublished = page(link, officer);
        assertThat(unpublished.selectFirst("#result")).isNull();
        assertThat(unpublished.select("[data-rating]")).isEmpty();
        assertThat(unpublished.text()).doesNotContain("Xếp thứ");
    }

    private static String percent(RankedUnit ranked) {
        return ranked.percent().setScale(2).toPlainString().replace('.', ',');
    }

    private Document page(String uri, UserRow user) {
        return Jsoup.parse(Pages.html(mvc.get().uri(uri).with(as(user)).exchange()));
    }
}
