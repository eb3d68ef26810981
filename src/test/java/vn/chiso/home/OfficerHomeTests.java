package vn.chiso.home;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanService;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriodView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.WorkRows;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/**
 * An officer's "Việc của tôi" lists what the unit owes, most urgent first, each with the button that acts on it:
 * overdue tasks, reports due, reports returned, the appraisal returned, the self-assessment with what blocks it.
 * Rolled back; the clock is set in 2091, a year no other test uses.
 */
@ChisoTest
@Transactional
class OfficerHomeTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ReportingPeriods periods;

    @Autowired
    TestData data;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    UnitService units;

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
    void theHomeListsOverdueTasksThenTheReportDueThenTheReturnedReportThenTheSelfAssessmentWithWhatBlocksIt() {
        clock.set(LocalDateTime.of(2091, 11, 20, 8, 0).atZone(VIETNAM).toInstant());
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        PlanView current = planFixtures.plan(2091, 2091, "PAPI");
        ReportingPeriodView due = rows.oneOff(current.id(), LocalDate.of(2091, 11, 25));
        rows.task(current.id(), "II.1.a", "Quán triệt kế hoạch", LocalDate.of(2091, 11, 10), unit.id());
        rows.task(current.id(), "II.1.b", "Hướng dẫn chuyên môn", null, unit.id());
        PlanView earlier = planFixtures.plan(2091, 2091, "PAPI");
        ReportingPeriodView returned = rows.oneOff(earlier.id(), LocalDate.of(2091, 10, 31));
        rows.coordinates(rows.task(earlier.id(), "II.2", "Tuyên truyền", null, data.unit(UnitKind.DEPARTMENT).id()),
                unit.id());
        rows.sent(returned, unit.id(), ReportStatus.RETURNED, true, "Đề nghị bổ sung biên bản cuộc họp giao ban.");
        AssessmentFixtures assessment = new AssessmentFixtures(jdbc).year(2091);
        jdbc.update("update assessment_year set closes_on = ? where year = 2091", Date.valueOf(LocalDate.of(2091, 12, 15)));
        AssessmentFixtures.SetBuilder set = assessment.set(2091, AssessedKind.DEPARTMENT, "0");
        long field = set.node(null, "1", "Công tác chỉ đạo, điều hành");
        long plan = set.scored(field, "1.1", "Kế hoạch CCHC năm", "10");
        set.scored(field, "1.2", "Báo cáo CCHC", "10");
        set.scored(field, "1.3", "Kiểm tra CCHC", "10");
        assessment.assessment(set, unit.id()).score(plan, "8", null);

        Document home = home(officer);
        List<Element> todo = home.select("#todo .todo-item");
        assertThat(todo).extracting(item -> item.attr("data-kind")).containsExactly("overdue-tasks",
                "report.notice.dueSoon", "report.notice.returned", "self-assessment");
        assertThat(home.selectFirst("#todo .todo-count").text()).isEqualTo("4");

        Element overdue = todo.get(0);
        assertThat(overdue.select(".overdue-task")).singleElement().satisfies(task -> assertThat(task.text())
                .contains("II.1.a", "Quán triệt kế hoạch", "Hạn 10/11/2091, quá hạn 10 ngày",
                        "Chưa có báo cáo nào đã gửi ghi nhận nhiệm vụ này"));
        assertThat(overdue.selectFirst("a[href]").attr("href")).isEqualTo("/plans/" + current.id());
        assertThat(overdue.selectFirst("form").attr("action")).as("it is reported on in the plan's next report")
                .isEqualTo("/periods/" + due.id() + "/reports");
        assertThat(todo.get(1).text()).contains("(Kế hoạch " + current.number() + ") là 25/11/2091, còn 5 ngày.");
        assertThat(todo.get(2).text()).contains(earlier.number(), "Đề nghị bổ sung biên bản cuộc họp giao ban.");
        assertThat(todo.get(2).select("a").eachText()).containsExactly("Sửa và gửi lại");
        assertThat(todo.get(3).text()).contains(
                "Tự chấm điểm Chỉ số CCHC năm 2091: hạn gửi hết ngày 15/12/2091, còn 25 ngày.",
                "Chưa gửi được vì còn: 2 tiêu chí chưa chấm điểm, 1 điểm chưa có tài liệu kiểm chứng hay giải trình.");
        assertThat(todo.get(3).selectFirst("a").attr("href")).isEqualTo("/assessments/2091/mine");

        // the unit's tasks, its people and the rest come after what it owes
        String page = home.html();
        assertThat(page.indexOf("id=\"todo\"")).isLessThan(page.indexOf("id=\"next-deadline\""))
                .isLessThan(page.indexOf("id=\"my-tasks\""));
    }

    @Test
    void anAppraisalReturnedToTheUnitShowsTheCoordinatorsCommentAndTheResponseDeadline() {
        clock.set(LocalDateTime.of(2091, 12, 13, 9, 0).atZone(VIETNAM).toInstant());
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        AssessmentFixtures assessment = new AssessmentFixtures(jdbc).year(2091);
        jdbc.update("update assessment_year set closes_on = ? where year = 2091", Date.valueOf(LocalDate.of(2091, 12, 15)));
        AssessmentFixtures.SetBuilder set = assessment.set(2091, AssessedKind.DEPARTMENT, "0");
        long criterion = set.scored(set.node(null, "1", "Công tác chỉ đạo, điều hành"), "1.1", "Kế hoạch CCHC", "10");
        long id = assessment.assessment(set, unit.id()).score(criterion, "10", "6").status(AssessmentStatus.RETURNED)
                .id();
        jdbc.update("update assessment set returned_at = ?, return_comment = ? where id = ?",
                Timestamp.from(LocalDateTime.of(2091, 12, 12, 16, 0).atZone(VIETNAM).toInstant()),
                "Đề nghị giải trình tiêu chí 1.1.", id);

        Document home = home(officer);
        assertThat(home.select("#todo .todo-item").eachAttr("data-kind")).containsExactly("appraisal-returned");
        Element item = home.selectFirst("#todo .todo-item");
        assertThat(item.text()).contains("Sở Nội vụ đã trả lại kết quả thẩm định Chỉ số CCHC năm 2091",
                "Hạn phản hồi: hết ngày 19/12/2091.", "Ý kiến của Sở Nội vụ: Đề nghị giải trình tiêu chí 1.1.");
        assertThat(item.selectFirst("a").attr("href")).isEqualTo("/assessments/2091/units/" + unit.id());
    }

    /** Sở Tư pháp's guidance (II.1.b of 6025/KH-UBND, due 30/06/2023) is not done by its report: both pages say so. */
    @Test
    void theDemoJusticeDepartmentSeesItsOverdueGuidanceTaskAsTheTaskDashboardCountsIt() {
        long justice = units.findByCode("STP").orElseThrow().id();
        PlanView papi = plans.all().stream().filter(p -> p.number().equals("6025/KH-UBND")).findFirst().orElseThrow();
        Element overdue = home(data.account(Role.OFFICER, justice))
                .selectFirst("#todo .todo-item[data-kind=overdue-tasks][data-plan=" + papi.id() + "]");
        long days = ChronoUnit.DAYS.between(LocalDate.of(2023, 6, 30), LocalDate.now(clock));
        assertThat(overdue.select(".overdue-task[data-section=II.1.b]").text())
                .contains("Hướng dẫn chuyên môn, nghiệp vụ", "Hạn 30/06/2023, quá hạn " + days + " ngày");

        Document dashboard = Jsoup.parse(Pages.html(mvc.get().uri("/dashboard/tasks?plan=" + papi.id())
                .with(as(data.account(Role.LEADER))).exchange()));
        assertThat(dashboard.selectFirst("tr[data-unit=" + justice + "] td[data-count=overdue]").text())
                .isEqualTo(String.valueOf(overdue.select(".overdue-task").size()));
    }

    private Document home(UserRow officer) {
        MvcTestResult result = mvc.get().uri("/").with(as(officer)).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(Pages.html(result));
    }
}
