package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestClock;
import vn.chiso.TestData;
import vn.chiso.report.ReportFixtures;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;

/**
 * A unit scoring itself: scores within the maximum and the steps, evidence or an explanation for every score above
 * zero, submission marked late after the window, nothing of another unit's assessment reachable; then the appraisal
 * returned once and closed. Each test runs in a transaction that is rolled back.
 */
@ChisoTest
@Transactional
class SelfAssessmentTests {

    private static final int YEAR = 2077;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    SelfAssessment self;
    @Autowired
    Appraisal appraisal;
    @Autowired
    Assessments assessments;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;

    UnitView unit;
    UserRow officer;
    long subA;
    long subB;
    long direct;

    @BeforeEach
    void oneUnitEnrolledInAnOpenRound() {
        unit = data.unit(UnitKind.DEPARTMENT);
        officer = data.account(Role.OFFICER, unit.id());
        LocalDate today = LocalDate.now(VIETNAM);
        jdbc.update("""
                insert into assessment_year (year, opens_on, closes_on, good_from, fair_from, average_from, updated_by,
                    updated_at) values (?, ?, ?, 80, 65, 50, 'test', now())
                """, YEAR, Date.valueOf(today.minusDays(10)), Date.valueOf(today.plusDays(10)));
        long set = jdbc.queryForObject("""
                insert into criteria_set (year, kind, name, survey_points, created_by, created_at)
                values (?, 'DEPARTMENT', 'Bộ chỉ số thử', 10, 'test', now()) returning id
                """, Long.class, YEAR);
        long field = node(set, null, 1, "1", null, null);
        long criterion = node(set, field, 2, "1.1", null, null);
        subA = node(set, criterion, 3, "1.1.1", "2", "0.5");
        subB = node(set, criterion, 3, "1.1.2", "3", null);
        direct = node(set, field, 2, "1.2", "1", "1");
        jdbc.update("""
                insert into assessment (year, unit_id, set_id, updated_by, updated_at) values (?, ?, ?, 'test', now())
                """, YEAR, unit.id(), set);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private long node(long set, Long parent, int level, String code, String max, String step) {
        return jdbc.queryForObject("""
                insert into criterion (set_id, parent_id, level, code, name, max_points, step, position)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, set, parent, level, code, "Tiêu chí " + code, max == null ? null : new BigDecimal(max),
                step == null ? null : new BigDecimal(step), level * 10 + code.length());
    }

    private CurrentUser me() {
        return ReportFixtures.user(officer);
    }

    private AssessmentForm form(String a, String b, String c, String explanation) {
        int version = assessments.find(YEAR, unit.id()).orElseThrow().version();
        List<AssessmentForm.Line> lines = new ArrayList<>();
        lines.add(new AssessmentForm.Line(subA, a, explanation, null));
        lines.add(new AssessmentForm.Line(subB, b, explanation, null));
        lines.add(new AssessmentForm.Line(direct, c, explanation, null));
        return new AssessmentForm(version, lines);
    }

    @Test
    void scoresAboveTheMaximumOrOffTheStepsAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> self.save(YEAR, unit.id(), form("2,5", "3,5", "0,5", "x"), List.of(), me()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("assessment.score.invalidStep"));
        assertThat(jdbc.queryForObject("select count(*) from assessment_score s join assessment a on a.id = "
                + "s.assessment_id where a.unit_id = ?", Integer.class, unit.id())).isZero();

        self.save(YEAR, unit.id(), form("1,5", "2.25", "1", "x"), List.of(), me());
        AssessmentView saved = assessments.view(YEAR, unit.id());
        assertThat(saved.line(subA).selfScore()).isEqualByComparingTo("1.5");
        assertThat(saved.line(subB).selfScore()).isEqualByComparingTo("2.25");
        assertThat(saved.totals().selfPoints()).isEqualByComparingTo("4.75");
        assertThat(saved.totals().maxPoints()).isEqualByComparingTo("16");
    }

    @Test
    void aScoreWithoutEvidenceOrExplanationIsRefusedAtSubmissionNotWhenSaved() {
        self.save(YEAR, unit.id(), form("2", "0", "1", ""), List.of(), me());
        assertThatThrownBy(() -> self.submit(YEAR, unit.id(), me()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.field()).isEqualTo("lines[0].explanation"));
        assertThat(assessments.find(YEAR, unit.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.DRAFT);

        self.save(YEAR, unit.id(), form("2", "0", "1", "Quyết định 12/QĐ ban hành ngày 5/1"), List.of(), me());
        self.submit(YEAR, unit.id(), me());
        AssessmentHeader submitted = assessments.find(YEAR, unit.id()).orElseThrow();
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.late()).isFalse();
    }

    @Test
    void aDocumentUploadedForOneCriterionCanBackAnotherAndReplacesTheExplanation() throws Exception {
        MvcTestResult saved = mvc.post().uri("/assessments/" + YEAR + "/units/" + unit.id()).with(as(officer)).with(csrf())
                .multipart().file(new MockMultipartFile("evidence-" + subA, "ke-hoach.pdf", "application/pdf",
                        "%PDF-1.4 kế hoạch CCHC".getBytes()))
                .param("version", String.valueOf(assessments.find(YEAR, unit.id()).orElseThrow().version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "2")
                .param("lines[1].criterionId", String.valueOf(subB)).param("lines[1].score", "0")
                .param("lines[2].criterionId", String.valueOf(direct)).param("lines[2].score", "0")
                .exchange();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        long file = jdbc.queryForObject("select id from evidence where unit_id = ? and file_name = 'ke-hoach.pdf'",
                Long.class, unit.id());

        List<AssessmentForm.Line> lines = AssessmentForm.of(assessments.view(YEAR, unit.id())).lines();
        AssessmentForm reuse = new AssessmentForm(assessments.find(YEAR, unit.id()).orElseThrow().version(), List.of(
                lines.get(0), new AssessmentForm.Line(subB, "3", null, List.of(file)), lines.get(2)));
        self.save(YEAR, unit.id(), reuse, List.of(), me());
        self.submit(YEAR, unit.id(), me());

        AssessmentView view = assessments.view(YEAR, unit.id());
        assertThat(view.line(subA).evidence()).extracting(e -> e.id()).containsExactly(file);
        assertThat(view.line(subB).evidence()).extracting(e -> e.id()).containsExactly(file);
        assertThat(view.status()).isEqualTo(AssessmentStatus.SUBMITTED);
    }

    @Test
    void aSubmissionAfterTheWindowIsMarkedLate() {
        self.save(YEAR, unit.id(), form("0", "0", "0", null), List.of(), me());
        clock.set(LocalDate.now(VIETNAM).plusDays(11).atTime(8, 0).atZone(VIETNAM).toInstant());
        self.submit(YEAR, unit.id(), me());
        assertThat(assessments.find(YEAR, unit.id()).orElseThrow().late()).isTrue();
    }

    @Test
    void anOfficerOfAnotherUnitCanNeitherSeeNorChangeTheAssessment() {
        self.save(YEAR, unit.id(), form("2", "3", "1", "Bí mật của đơn vị A"), List.of(), me());
        UserRow intruder = data.account(Role.OFFICER, data.unit(UnitKind.DEPARTMENT).id());
        String base = "/assessments/" + YEAR + "/units/" + unit.id();
        for (String uri : List.of(base, base + "/edit", base + "/appraisal")) {
            MvcTestResult result = mvc.get().uri(uri).with(as(intruder)).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isIn(403, 404);
        }
        for (String uri : List.of(base, base + "/autosave", base + "/response", base + "/appraisal")) {
            MvcTestResult result = mvc.post().uri(uri).with(as(intruder)).with(csrf())
                    .param("version", "1").param("lines[0].criterionId", String.valueOf(subA))
                    .param("lines[0].score", "0").exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isIn(403, 404);
        }
        assertThatThrownBy(() -> self.save(YEAR, unit.id(), form("0", "0", "0", null), List.of(),
                ReportFixtures.user(intruder))).hasMessageContaining("Assessment");
        assertThat(assessments.view(YEAR, unit.id()).line(subA).selfScore()).isEqualByComparingTo("2");
        assertThat(Pages.html(mvc.get().uri(base).with(as(officer)).exchange())).contains("Bí mật của đơn vị A");
    }

    @Test
    void theFormShowsARefusedScoreAsTypedWithItsMessage() {
        MvcTestResult result = mvc.post().uri("/assessments/" + YEAR + "/units/" + unit.id()).with(as(officer))
                .with(csrf()).param("version", String.valueOf(assessments.find(YEAR, unit.id()).orElseThrow().version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "7")
                .param("lines[0].explanation", "Đã ban hành kế hoạch")
                .exchange();
        String page = Pages.html(result);
        assertThat(page).contains("Điểm phải từ 0 đến 2, theo bước 0,5").contains("value=\"7\"")
                .contains("Đã ban hành kế hoạch");
    }

    @Test
    void theAppraisalGoesBackToTheUnitOnceAndTheTotalAddsTheSurvey() {
        self.save(YEAR, unit.id(), form("2", "3", "1", "Có văn bản"), List.of(), me());
        self.submit(YEAR, unit.id(), me());
        CurrentUser coordinator = ReportFixtures.user(data.account(Role.COORDINATOR));
        AppraisalForm appraised = new AppraisalForm(assessments.find(YEAR, unit.id()).orElseThrow().version(), List.of(
                new AppraisalForm.Line(subA, "1,5", "Thiếu báo cáo quý"), new AppraisalForm.Line(subB, "3", null),
                new AppraisalForm.Line(direct, "0", "Không có kiểm chứng")));
        appraisal.save(YEAR, unit.id(), appraised, coordinator);
        assertThatThrownBy(() -> appraisal.finish(YEAR, unit.id(), coordinator))
                .hasMessage("assessment.finish.survey");
        appraisal.returnToUnit(YEAR, unit.id(), "Đề nghị giải trình tiêu chí 1.2", coordinator);
        assertThatThrownBy(() -> appraisal.save(YEAR, unit.id(), appraised, coordinator))
                .hasMessage("assessment.locked.RETURNED");

        self.respond(YEAR, unit.id(), List.of("", "", "Đã gửi bổ sung"), me());
        assertThatThrownBy(() -> appraisal.returnToUnit(YEAR, unit.id(), "Lần nữa", coordinator))
                .hasMessage("assessment.return.once");
        jdbc.update("update assessment set survey_points = 8 where year = ? and unit_id = ?", YEAR, unit.id());
        appraisal.finish(YEAR, unit.id(), coordinator);

        AssessmentView closed = assessments.view(YEAR, unit.id());
        assertThat(closed.status()).isEqualTo(AssessmentStatus.FINAL);
        assertThat(closed.line(direct).response()).isEqualTo("Đã gửi bổ sung");
        Totals totals = closed.totals();
        assertThat(totals.appraisedPoints()).isEqualByComparingTo("4.5");
        assertThat(totals.total()).isEqualByComparingTo("12.5");
        assertThat(totals.percent()).isEqualByComparingTo("78.13");
        assertThat(totals.overScored()).isEqualByComparingTo("1.5");
    }
}
