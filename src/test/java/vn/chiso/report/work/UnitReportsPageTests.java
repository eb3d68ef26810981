package vn.chiso.report.work;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestClock;
import vn.chiso.TestData;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.WorkRows;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * "Báo cáo của đơn vị" puts first what calls for the unit (overdue reports, oldest first, then the plan's next one and
 * any other due within two weeks),
 * then the periods reported, latest first, and folds the periods after the next one. Rolled back; years 2090–2097.
 */
@ChisoTest
@Transactional
class UnitReportsPageTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    TestData data;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    WorkRows rows;

    @BeforeEach
    void rows() {
        rows = new WorkRows(jdbc, periods);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void overdueAndNextPeriodsComeFirstThenThoseReportedAndTheLaterOnesAreFolded() {
        clock.set(LocalDateTime.of(2092, 7, 1, 8, 0).atZone(VIETNAM).toInstant());
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        long plan = planFixtures.plan(2090, 2097, "PAR_INDEX").id();
        rows.task(plan, "II.1", "Rà soát thủ tục hành chính", null, unit.id());
        rows.oneOff(plan, LocalDate.of(2092, 2, 20));
        rows.yearly(plan, "Báo cáo 6 tháng", 15, 6);
        rows.yearly(plan, "Báo cáo năm", 15, 12);
        sent(plan, LocalDate.of(2090, 6, 15), unit, ReportStatus.ACCEPTED, true);
        sent(plan, LocalDate.of(2090, 12, 15), unit, ReportStatus.ACCEPTED, false);
        sent(plan, LocalDate.of(2091, 12, 15), unit, ReportStatus.RETURNED, true);
        sent(plan, LocalDate.of(2092, 6, 15), unit, ReportStatus.ACCEPTED, true);
        // 15/06/2091 and the one-off of 20/02/2092 have no report: missing

        Document page = page(officer, "/units/" + unit.id() + "/reports");
        assertThat(deadlines(page.selectFirst("#open-periods"))).containsExactly("15/06/2091", "15/12/2091",
                "20/02/2092", "15/12/2092");
        assertThat(page.select("#open-periods tbody tr").stream().map(row -> row.selectFirst("td.days").text()))
                .containsExactly("quá hạn 382 ngày", "quá hạn 199 ngày", "quá hạn 132 ngày", "còn 167 ngày");
        assertThat(page.select("#open-periods tbody tr.table-danger")).hasSize(3);
        assertThat(page.select("#open-periods tbody tr").get(1).text()).contains("Bị trả lại", "Sửa và gửi lại");
        assertThat(deadlines(page.selectFirst("#past-periods"))).containsExactly("15/06/2092", "15/12/2090",
                "15/06/2090");

        Element later = page.selectFirst("details#future-periods");
        assertThat(later.hasAttr("open")).as("folded until opened").isFalse();
        assertThat(later.selectFirst("summary").text()).isEqualTo("10 kỳ báo cáo sau");
        assertThat(deadlines(later)).hasSize(10).startsWith("15/06/2093", "15/12/2093").endsWith("15/12/2097");
    }

    @Test
    void everyPeriodDueWithinTwoWeeksIsOpenNotOnlyThePlansNextOne() {
        clock.set(LocalDateTime.of(2092, 12, 5, 8, 0).atZone(VIETNAM).toInstant());
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        long plan = planFixtures.plan(2092, 2093, "PAR_INDEX").id();
        rows.task(plan, "II.1", "Rà soát thủ tục hành chính", null, unit.id());
        rows.oneOff(plan, LocalDate.of(2092, 12, 10));
        rows.yearly(plan, "Báo cáo năm", 15, 12);
        // the home announces both the one-off of 10/12 and the yearly report of 15/12: both are open here too

        Document page = page(officer, "/units/" + unit.id() + "/reports");
        assertThat(deadlines(page.selectFirst("#open-periods"))).containsExactly("10/12/2092", "15/12/2092");
        assertThat(page.select("#open-periods tbody tr").stream().map(row -> row.selectFirst("td.days").text()))
                .containsExactly("còn 5 ngày", "còn 10 ngày");
        assertThat(deadlines(page.selectFirst("details#future-periods"))).containsExactly("15/12/2093");
    }

    private void sent(long plan, LocalDate deadline, UnitView unit, ReportStatus status, boolean onTime) {
        ReportingPeriodView period = periods.periods(plan).stream().filter(p -> p.deadline().equals(deadline))
                .findFirst().orElseThrow();
        rows.sent(period, unit.id(), status, onTime, status == ReportStatus.RETURNED ? "Bổ sung tài liệu." : null);
    }

    private static List<String> deadlines(Element section) {
        return section.select("tbody tr").stream().map(row -> row.select("td").get(2).selectFirst("span").text()).toList();
    }

    private Document page(UserRow officer, String uri) {
        MvcTestResult result = mvc.get().uri(uri).with(as(officer)).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }
}
