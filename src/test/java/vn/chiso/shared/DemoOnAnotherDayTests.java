package vn.chiso.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.chiso.Pages;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * The demo built on another day tells the story it tells today: a round under way with Sở Tư pháp waiting for its
 * appraisal and two appraisals returned, the two rounds before it closed with the ratings of 2021 and seed 003, a
 * report due in five days on Sở Tài chính's home, Sở Tư pháp's late report waiting for review, its returned report on
 * its home. Each subclass is an application context of its own, with its own embedded PostgreSQL and the system clock
 * shifted to one moment in Vietnam (time still moves on from there).
 */
abstract class DemoOnAnotherDayTests {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    ReportingPeriods periods;

    /** What a reader should find on that day, worked out by hand. */
    record Expected(LocalDate today, int assessmentYear, LocalDate opensOn, LocalDate closesOn,
            LocalDate pastOneOffDue, LocalDate comingOneOffDue) {
    }

    abstract Expected expected();

    /** The system clock moved to a moment in Vietnam. */
    static Clock shiftedTo(LocalDateTime moment) {
        return Clock.offset(Clock.system(VIETNAM), Duration.between(Instant.now(), moment.atZone(VIETNAM).toInstant()));
    }

    @Test
    void theRoundUnderWayIsOpenAndJusticeWaitsForItsAppraisal() {
        Expected day = expected();
        Element round = page("tuphap", "/assessments").selectFirst("#current-round");
        assertThat(round.attr("data-year")).isEqualTo(String.valueOf(day.assessmentYear()));
        assertThat(round.text()).contains("Chờ thẩm định",
                DAY.format(day.opensOn()) + " – " + DAY.format(day.closesOn()));
        assertThat(day.today()).isAfter(day.opensOn()).isBefore(day.closesOn());

        Document progress = page("noivu", "/assessments/" + day.assessmentYear());
        assertThat(progress.selectFirst("#queue-table tr[data-unit=STP]").attr("data-status")).isEqualTo("SUBMITTED");
        assertThat(progress.selectFirst("#queue-table tr[data-unit=SYT]").attr("data-status")).isEqualTo("RESPONDED");
        assertThat(progress.selectFirst("#queue-table tr[data-unit=SKHDT]").attr("data-status"))
                .isEqualTo("RETURNED");
    }

    /** The two closed rounds are the years before the round under way: seed 003 the year before, 2021's before it. */
    @Test
    void theClosedRoundsAreTheTwoYearsBeforeTheRoundUnderWay() {
        int year = expected().assessmentYear();
        assertThat(jdbc.queryForList("select year from assessment_year order by year", Integer.class))
                .containsExactly(year - 2, year - 1, year);
        Element previous = page("lanhdao", "/assessments/" + (year - 1) + "/ranking")
                .selectFirst("table.counts[data-group=PROVINCIAL]");
        assertThat(previous.attr("data-total")).isEqualTo("43");
        assertThat(previous.selectFirst("tr[data-rating=GOOD] [data-figure=count]").text()).isEqualTo("30");
        assertThat(previous.selectFirst("tr[data-rating=AVERAGE] [data-figure=change]").text()).isEqualTo("\u22121");
        assertThat(page("lanhdao", "/assessments/" + (year - 2) + "/ranking")
                .selectFirst("table.counts[data-group=COMMUNE] tr[data-rating=AVERAGE] [data-figure=count]").text())
                .isEqualTo("5");
    }

    @Test
    void financeIsToldOfTheReportDueInFiveDaysAndOfItsOverdueTask() {
        Expected day = expected();
        Document home = page("taichinh", "/");
        assertThat(home.selectFirst("#next-deadline .days-left").text()).isEqualTo("5");
        assertThat(home.select(".notice[data-notice=report.notice.dueSoon]").eachText()).anySatisfy(notice ->
                assertThat(notice).contains("Kế hoạch 152/KH-UBND", DAY.format(day.comingOneOffDue()),
                        "còn 5 ngày"));
        assertThat(home.select("#my-tasks li").eachText()).anySatisfy(task -> assertThat(task)
                .contains("152/KH-UBND · II.4", "Hạn " + DAY.format(day.today().minusDays(12))));
    }

    @Test
    void justicesLateReportWaitsForReviewAndItsReturnedReportIsOnItsHome() {
        Expected day = expected();
        PlanView plan = plans.all().stream().filter(p -> p.number().equals("152/KH-UBND")).findFirst().orElseThrow();
        ReportingPeriodView past = periods.periods(plan.id()).stream()
                .filter(period -> period.coveredYear() == null && period.deadline().equals(day.pastOneOffDue()))
                .findFirst().orElseThrow();
        Document period = page("noivu", "/plans/" + plan.id() + "/periods/" + past.id());
        Element justice = period.selectFirst("#units tr[data-unit=STP]");
        assertThat(justice.attr("data-state")).isEqualTo("LATE");
        assertThat(justice.text()).contains(DAY.format(day.today().minusDays(4))).contains("Xem xét");
        assertThat(period.selectFirst("#units tr[data-unit=STC]").attr("data-state")).isEqualTo("ON_TIME");
        assertThat(period.selectFirst("#units tr[data-unit=VPUBND]").attr("data-state")).isEqualTo("MISSING");

        assertThat(page("tuphap", "/").select(".notice[data-notice=report.notice.returned]").eachText())
                .anySatisfy(notice -> assertThat(notice).contains("6025/KH-UBND", "bổ sung tài liệu kiểm chứng"));
    }

    private Document page(String username, String uri) {
        UserRow account = users.get(jdbc.queryForObject("select id from user_account where username = ?", Long.class,
                username));
        return Jsoup.parse(Pages.html(mvc.get().uri(uri).with(as(account)).exchange()));
    }
}
