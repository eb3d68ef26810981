package vn.chiso.assessment;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
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
import vn.chiso.TestClock;
import vn.chiso.TestData;
import vn.chiso.report.ReportFixtures;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * The coordinator's appraisal page: an appraisal returned to a unit that never answers is closed once the unit's
 * response is due, and a button the form does not have is refused. The round of 2078 has its window all year, so the
 * unit may answer until 31/12/2078 in Vietnam. Rolled back.
 */
@ChisoTest
@Transactional
class AppraisalPagesTests {

    private static final int YEAR = 2078;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    Appraisal appraisal;
    @Autowired
    Assessments assessments;

    UnitView unit;
    UserRow coordinator;
    String base;

    /** A unit's submitted assessment of two criteria, appraised and with its survey points: ready to close. */
    @BeforeEach
    void anAppraisedAssessment() {
        unit = data.unit(UnitKind.DEPARTMENT);
        coordinator = data.account(Role.COORDINATOR);
        AssessmentFixtures fixtures = new AssessmentFixtures(jdbc);
        fixtures.year(YEAR, "80", "65", "50");
        AssessmentFixtures.SetBuilder set = fixtures.set(YEAR, AssessedKind.DEPARTMENT, "10");
        long field = set.node(null, "1", "Công tác chỉ đạo, điều hành");
        long plan = set.scored(field, "1.1", "Kế hoạch CCHC năm", "6");
        long report = set.scored(field, "1.2", "Báo cáo CCHC", "4");
        fixtures.assessment(set, unit.id()).score(plan, "6", "5").score(report, "4", "2").survey("8")
                .status(AssessmentStatus.SUBMITTED);
        base = "/assessments/" + YEAR + "/units/" + unit.id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aReturnedAppraisalTheUnitNeverAnswersIsClosedAsSentOnceTheResponseIsDue() {
        at(LocalDateTime.of(YEAR, 12, 20, 9, 0));
        appraisal.returnToUnit(YEAR, unit.id(), "Đề nghị bổ sung báo cáo quý IV.", ReportFixtures.user(coordinator));

        // the last day of the window is later than seven days after the return: the unit has until 31/12
        at(LocalDateTime.of(YEAR, 12, 31, 23, 30));
        Document waiting = page(base + "/appraisal");
        assertThat(waiting.selectFirst("#awaiting-response").text())
                .contains("Đề nghị bổ sung báo cáo quý IV.", "đến hết ngày 31/12/2078")
                .contains("Sở Nội vụ chốt kết quả theo kết quả thẩm định đã gửi, không chờ phản hồi");
        assertThat(waiting.selectFirst("#awaiting-decision").text()).contains("từ ngày 01/01/2079");
        assertThat(waiting.selectFirst("#finish-without-response")).isNull();
        assertThat(waiting.select("[data-criterion='1.2'] .appraised-score").text()).isEqualTo("Thẩm định: 2,00");
        assertThat(waiting.select("#appraisal-form input[name^=lines], #appraisal-form textarea")).isEmpty();
        assertThat(Jsoup.parse(Pages.html(mvc.get().uri(base).with(as(coordinator)).exchange()))
                .select("a[href='" + base + "/appraisal']")).as("the unit page leads to it").isNotEmpty();

        MvcTestResult early = finish();
        assertThat(Pages.html(early)).contains("Đơn vị còn được phản hồi đến hết ngày 31/12/2078");
        assertThat(status()).isEqualTo(AssessmentStatus.RETURNED);

        // half past midnight on 1 January in Vietnam, still 31 December in UTC
        at(LocalDateTime.of(YEAR + 1, 1, 1, 0, 30));
        Document due = page(base + "/appraisal");
        assertThat(due.selectFirst("#awaiting-decision").text()).contains("Đã quá hạn phản hồi");
        assertThat(due.selectFirst("#finish-without-response").text()).isEqualTo("Chốt kết quả không chờ phản hồi");
        assertThat(finish()).hasRedirectedUrl(base);

        AssessmentView closed = assessments.view(YEAR, unit.id());
        assertThat(closed.status()).isEqualTo(AssessmentStatus.FINAL);
        assertThat(closed.header().respondedAt()).isNull();
        assertThat(closed.totals().total()).as("the appraisal as sent, with the survey").isEqualByComparingTo("15");
    }

    @Test
    void aButtonTheFormDoesNotHaveIsABadRequestAndChangesNothing() {
        int before = version();
        long criterion = assessments.view(YEAR, unit.id()).applicable().get(0).id();
        MvcTestResult result = mvc.post().uri(base + "/appraisal").with(as(coordinator)).with(csrf())
                .param("action", "publish").param("version", String.valueOf(before))
                .param("lines[0].criterionId", String.valueOf(criterion)).param("lines[0].score", "0").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(version()).as("nothing saved").isEqualTo(before);
        assertThat(assessments.view(YEAR, unit.id()).line(criterion).appraisedScore()).isEqualByComparingTo("5");
    }

    private MvcTestResult finish() {
        return mvc.post().uri(base + "/appraisal").with(as(coordinator)).with(csrf()).param("action", "finish")
                .param("version", String.valueOf(version())).exchange();
    }

    private int version() {
        return assessments.find(YEAR, unit.id()).orElseThrow().version();
    }

    private AssessmentStatus status() {
        return assessments.find(YEAR, unit.id()).orElseThrow().status();
    }

    private void at(LocalDateTime vietnamTime) {
        clock.set(vietnamTime.atZone(VIETNAM).toInstant());
    }

    private Document page(String uri) {
        return Jsoup.parse(Pages.html(mvc.get().uri(uri).with(as(coordinator)).exchange()));
    }
}
