package vn.chiso.notification;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.SqlStatements;
import vn.chiso.TestClock;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.dashboard.TenfoldData;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;
import static vn.chiso.notification.QueueFixtures.VIETNAM;

/**
 * The coordinator's work queue: what waits, in which section and in which order, the count beside the menu entry,
 * and the statements they cost on ten times the data. The tables hold the demo data and what other tests committed,
 * so each test looks at its own items among them. Rolled back.
 */
@ChisoTest
@Transactional
class WorkQueueTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    TenfoldData tenfold;

    QueueFixtures queue;
    UserRow coordinator;

    @BeforeEach
    void fixtures() {
        queue = new QueueFixtures(jdbc);
        coordinator = data.account(Role.COORDINATOR);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void submittedReportsComeOldestSubmissionFirstAcrossPlansEachOnTimeOrLateByItsDays() {
        LocalDate march = LocalDate.of(2041, 3, 31);
        Period first = period(march);
        Period second = period(LocalDate.of(2041, 6, 30));
        UnitView lateUnit = data.unit(UnitKind.DEPARTMENT);
        long late = submitted(first, lateUnit, march.plusDays(3).atTime(10, 0), march.plusDays(3).atTime(10, 0));
        // the deadline day counts until its end
        long lastMinute = submitted(first, data.unit(UnitKind.DISTRICT), march.atTime(23, 30), march.atTime(23, 30));
        long sentAgain = submitted(second, data.unit(UnitKind.DEPARTMENT), LocalDateTime.of(2041, 6, 20, 9, 0),
                LocalDateTime.of(2041, 7, 2, 8, 0));
        long onTime = submitted(second, data.unit(UnitKind.COMMUNE), LocalDateTime.of(2041, 6, 29, 15, 0),
                LocalDateTime.of(2041, 6, 29, 15, 0));

        Document page = queuePage();
        assertThat(ids(page, "#reports li[data-report]", "data-report", Set.of(late, lastMinute, sentAgain, onTime)))
                .containsExactly(lastMinute, late, onTime, sentAgain);
        assertThat(text(page, "[data-report=" + late + "]")).contains(lateUnit.name(), first.plan().number(),
                first.period().label(), "Hạn 31/03/2041", "Gửi lúc 03/04/2041 10:00", "Trễ 3 ngày");
        assertThat(text(page, "[data-report=" + lastMinute + "]")).contains("Đúng hạn").doesNotContain("Trễ");
        assertThat(text(page, "[data-report=" + sentAgain + "]"))
                .contains(second.plan().number(), "Gửi lúc 02/07/2041 08:00", "Đúng hạn", "Gửi lại sau khi bị trả lại");
        assertThat(page.select("[data-report=" + late + "] a.btn").attr("href")).isEqualTo("/reports/" + late);
        assertThat(page.select("[data-report=" + late + "] a").eachAttr("href")).contains("/plans/" + first.plan().id(),
                "/plans/" + first.plan().id() + "/periods/" + first.period().id());
    }

    @Test
    void assessmentsSentAnsweredOrOverdueAreEachInTheirSectionOldestFirst() {
        int year = 2095;
        AssessmentFixtures.SetBuilder set = queue.round(year, LocalDate.of(year, 11, 1), LocalDate.of(year, 12, 15));
        long sentLater = queue.sent(set, unit(), LocalDateTime.of(year, 12, 10, 8, 0), false);
        long sentFirst = queue.sent(set, unit(), LocalDateTime.of(year, 12, 1, 8, 0), false);
        long sentLate = queue.sent(set, unit(), LocalDateTime.of(year, 12, 20, 8, 0), true);
        long answered = queue.answered(set, unit(), LocalDateTime.of(year, 11, 20, 9, 0),
                LocalDateTime.of(year, 12, 5, 10, 0));
        // returned on 5/12: due on the window's last day, 15/12, which is later than seven days after the return
        long overdue = queue.returned(set, unit(), LocalDateTime.of(year, 11, 10, 9, 0),
                LocalDateTime.of(year, 12, 5, 10, 0));
        // returned on 23/12: due seven days later, on 30/12
        long dueToday = queue.returned(set, unit(), LocalDateTime.of(year, 11, 10, 9, 0),
                LocalDateTime.of(year, 12, 23, 10, 0));
        long closed = queue.inStatus(set, unit(), AssessmentStatus.FINAL);
        long draft = queue.inStatus(set, unit(), AssessmentStatus.DRAFT);
        Set<Long> mine = Set.of(sentLater, sentFirst, sentLate, answered, overdue, dueToday, closed, draft);
        clock.set(LocalDate.of(year, 12, 30).atTime(9, 0).atZone(VIETNAM).toInstant());

        Document page = queuePage();
        assertThat(ids(page, "#appraisals li", "data-assessment", mine)).containsExactly(sentFirst, sentLater, sentLate);
        assertThat(text(page, "[data-assessment=" + sentLate + "]")).contains("Đánh giá CCHC năm 2095",
                "Gửi lúc 20/12/2095 08:00", "Gửi sau hạn tự đánh giá");
        assertThat(text(page, "[data-assessment=" + sentFirst + "]")).doesNotContain("Gửi sau hạn");
        assertThat(ids(page, "#responses li", "data-assessment", mine)).containsExactly(answered);
        assertThat(text(page, "[data-assessment=" + answered + "]")).contains("Trả lời lúc 05/12/2095 10:00");
        assertThat(ids(page, "#overdue li", "data-assessment", mine)).containsExactly(overdue);
        assertThat(text(page, "[data-assessment=" + overdue + "]")).contains("Hạn trả lời 15/12/2095, đã quá 15 ngày");
        long overdueUnit = jdbc.queryForObject("select unit_id from assessment where id = ?", Long.class, overdue);
        assertThat(page.select("[data-assessment=" + overdue + "] a.btn").attr("href"))
                .isEqualTo("/assessments/2095/units/" + overdueUnit + "/appraisal");

        clock.set(LocalDate.of(year, 12, 31).atTime(0, 5).atZone(VIETNAM).toInstant());
        assertThat(ids(queuePage(), "#overdue li", "data-assessment", mine)).as("the day after it was due")
                .containsExactly(overdue, dueToday);
    }

    @Test
    void emptySectionsSaySoAndTheMenuShowsNoCount() {
        jdbc.update("update progress_report set status = 'ACCEPTED' where status = 'SUBMITTED'");
        jdbc.update("update assessment set status = 'FINAL' where status in ('SUBMITTED', 'RETURNED', 'RESPONDED')");

        Document page = queuePage();
        assertThat(page.select(".queue-item")).isEmpty();
        assertThat(page.select(".queue-empty").eachText()).containsExactly("Không có báo cáo nào chờ xem xét.",
                "Không có hồ sơ tự đánh giá nào chờ thẩm định.",
                "Không có ý kiến nào của đơn vị về kết quả thẩm định đang chờ.",
                "Không có đơn vị nào quá hạn trả lời kết quả thẩm định.");
        assertThat(page.select("#queue-count")).isEmpty();
    }

    @Test
    void theMenuCountIsEverythingTheQueueListsOnEveryPageOfACoordinatorOnly() {
        int listed = queuePage().select(".queue-item").size();
        assertThat(menuCount(page("/queue", coordinator))).isEqualTo(listed);
        assertThat(menuCount(page("/account/password", coordinator))).isEqualTo(listed);

        submitted(period(LocalDate.of(2042, 5, 15)), data.unit(UnitKind.DEPARTMENT),
                LocalDateTime.of(2042, 5, 14, 9, 0), LocalDateTime.of(2042, 5, 14, 9, 0));
        assertThat(menuCount(page("/plans", coordinator))).isEqualTo(listed + 1);
        assertThat(page("/dashboard", coordinator).select("#nav-queue").attr("href")).isEqualTo("/queue");

        for (UserRow other : List.of(data.account(Role.LEADER), data.account(Role.OFFICER), data.account(Role.ADMIN))) {
            Document home = page("/account/password", other);
            assertThat(home.select("#nav-queue, #queue-count")).as(other.role().name()).isEmpty();
        }
    }

    @Test
    void theQueueAndTheMenuCountSendTheSameStatementsOnTenTimesTheData() {
        UserRow leader = data.account(Role.LEADER);
        List<String> pages = List.of("/queue", "/dashboard", "/plans", "/account/password");
        Map<String, Long> before = statements(pages);
        long leaderPage = statements("/account/password", leader);
        int listed = queuePage().select(".queue-item").size();

        tenfold.grow();
        waitingAssessmentsOfEveryUnit();

        assertThat(queuePage().select(".queue-item").size()).as("the queue grew").isGreaterThan(listed + 100);
        Map<String, Long> after = statements(pages);
        System.out.println("Queue statements, demo data → ten times the data: " + after);
        assertThat(after).isEqualTo(before);
        assertThat(after.get("/queue")).isLessThanOrEqualTo(8);
        assertThat(after.get("/account/password")).as("the count is one statement").isEqualTo(leaderPage + 1);
        assertThat(statements("/account/password", leader)).as("other roles pay nothing").isEqualTo(leaderPage);
    }

    /** Every active unit's assessment of a round long closed: a third sent, a third answered, a third overdue. */
    private void waitingAssessmentsOfEveryUnit() {
        AssessmentFixtures.SetBuilder set = queue.round(2096, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1));
        jdbc.update("""
                insert into assessment (year, unit_id, set_id, status, submitted_at, late, returned_at, responded_at,
                    updated_by, updated_at)
                select 2096, u.id, ?, s.status, now() - interval '40 days', false,
                       case when s.status <> 'SUBMITTED' then now() - interval '30 days' end,
                       case when s.status = 'RESPONDED' then now() - interval '25 days' end, 'Kiểm thử', now()
                from unit u cross join lateral (select (array['SUBMITTED', 'RESPONDED', 'RETURNED'])[1 + u.id %% 3]
                                                as status) s
                where u.active
                """.replace("%%", "%"), set.id());
    }

    /** A plan of its own with one reporting deadline. */
    private Period period(LocalDate deadline) {
        PlanView plan = plans.plan(deadline.getYear(), deadline.getYear(), "PAPI");
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo kết quả thực hiện", deadline, null, null,
                false));
        return new Period(plan, periods.periods(plan.id()).get(0));
    }

    private record Period(PlanView plan, ReportingPeriodView period) {
    }

    private long submitted(Period period, UnitView unit, LocalDateTime first, LocalDateTime last) {
        return queue.submittedReport(period.plan(), period.period(), unit.id(), first, last);
    }

    private long unit() {
        return data.unit(UnitKind.DEPARTMENT).id();
    }

    private Document queuePage() {
        return page("/queue", coordinator);
    }

    private Document page(String uri, UserRow user) {
        var result = mvc.get().uri(uri).with(as(user)).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }

    private static int menuCount(Document page) {
        return Integer.parseInt(page.select("#queue-count").text());
    }

    private static List<Long> ids(Document page, String rows, String attribute, Set<Long> mine) {
        return page.select(rows).stream().map(row -> Long.valueOf(row.attr(attribute))).filter(mine::contains)
                .toList();
    }

    private static String text(Document page, String selector) {
        Element row = page.selectFirst(selector);
        assertThat(row).as(selector).isNotNull();
        return row.text();
    }

    private Map<String, Long> statements(List<String> pages) {
        Map<String, Long> counts = new LinkedHashMap<>();
        pages.forEach(uri -> counts.put(uri, statements(uri, coordinator)));
        return counts;
    }

    private long statements(String uri, UserRow user) {
        SqlStatements.reset();
        assertThat(mvc.get().uri(uri).with(as(user)).exchange()).as(uri).hasStatusOk();
        return SqlStatements.count();
    }
}
