package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import vn.chiso.assessment.criteria.CriteriaEditing;
import vn.chiso.plan.PlanFixtures;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.period.ReportingPeriods;
import vn.chiso.plan.period.RuleForm;
import vn.chiso.plan.period.RuleKind;
import vn.chiso.plan.task.TaskForm;
import vn.chiso.plan.task.TaskService;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportForm;
import vn.chiso.document.EvidenceFiles;
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
    CriteriaEditing criteria;
    @Autowired
    Appraisal appraisal;
    @Autowired
    Assessments assessments;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    TestClock clock;
    @Autowired
    PlanFixtures plans;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    TaskService tasks;
    @Autowired
    ReportEditing reportEditing;
    @Autowired
    ProgressReports progressReports;

    UnitView unit;
    UserRow officer;
    long set;
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
        set = jdbc.queryForObject("""
                insert into criteria_set (year, kind, name, survey_points, created_by, created_at)
                values (?, 'DEPARTMENT', 'Bộ chỉ số thử', 10, 'test', now()) returning id
                """, Long.class, YEAR);
        long field = node(set, null, 1, "1", null, null);
        long criterion = node(set, field, 2, "1.1", null, null);
        subA = node(set, criterion, 3, "1.1.1", "2", "0.5");
        subB = node(set, criterion, 3, "1.1.2", "3", null);
        direct = node(set, field, 2, "1.2", "1", "1");
        enrol(unit);
    }

    private void enrol(UnitView enrolled) {
        jdbc.update("""
                insert into assessment (year, unit_id, set_id, updated_by, updated_at) values (?, ?, ?, 'test', now())
                """, YEAR, enrolled.id(), set);
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

    private int version() {
        return assessments.find(YEAR, unit.id()).orElseThrow().version();
    }

    private AssessmentForm form(String a, String b, String c, String explanation) {
        int version = assessments.find(YEAR, unit.id()).orElseThrow().version();
        List<AssessmentForm.Line> lines = new ArrayList<>();
        lines.add(new AssessmentForm.Line(subA, a, explanation, null));
        lines.add(new AssessmentForm.Line(subB, b, explanation, null));
        lines.add(new AssessmentForm.Line(direct, c, explanation, null));
        return new AssessmentForm(version, lines);
    }

    /** Version 2 of the criteria, made after the units were enrolled, reaches a unit that has not begun only. */
    @Test
    void aNewVersionOfTheCriteriaReachesTheUnitsThatHaveNotBegun() {
        UnitView begun = data.unit(UnitKind.DEPARTMENT);
        enrol(begun);
        jdbc.update("""
                insert into assessment_score (assessment_id, criterion_id, self_score)
                select id, ?, 1 from assessment where year = ? and unit_id = ?
                """, subA, YEAR, begun.id());
        long second = criteria.newVersion(set, ReportFixtures.user(data.account(Role.COORDINATOR)));
        long field = jdbc.queryForObject("select id from criterion where set_id = ? and code = '1'", Long.class, second);
        node(second, field, 2, "1.3", "2", "1");

        String notBegun = Pages.html(mvc.get().uri("/assessments/{y}/units/{u}/edit", YEAR, unit.id())
                .with(TestData.as(officer)).exchange());
        String scored = Pages.html(mvc.get().uri("/assessments/{y}/units/{u}/edit", YEAR, begun.id())
                .with(TestData.as(data.account(Role.OFFICER, begun.id()))).exchange());

        assertThat(notBegun).contains("Tiêu chí 1.3");
        assertThat(assessments.find(YEAR, unit.id()).orElseThrow().setId()).isEqualTo(second);
        assertThat(scored).contains("Tiêu chí 1.2").doesNotContain("Tiêu chí 1.3");
        assertThat(assessments.find(YEAR, begun.id()).orElseThrow().setId()).isEqualTo(set);
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
        for (String uri : List.of(base, base + "/autosave", base + "/response", base + "/response/autosave",
                base + "/appraisal")) {
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

        self.respond(YEAR, unit.id(), new ResponseForm(version(), List.of(new ResponseForm.Line(subA, ""),
                new ResponseForm.Line(subB, null), new ResponseForm.Line(direct, "Đã gửi bổ sung"))), me());
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

    /**
     * The unit's progress report on a plan carries a file; the self-assessment picks it for a criterion instead of
     * uploading it again, so the score needs no explanation, and Sở Nội vụ opens it from the assessment.
     */
    @Test
    void aFileOfTheUnitsProgressReportBacksACriterion() throws Exception {
        LocalDate deadline = LocalDate.now(VIETNAM).plusDays(10);
        PlanView plan = plans.plan(deadline.getYear(), deadline.getYear(), "PAPI");
        periods.addRule(plan.id(), new RuleForm(RuleKind.ONE_OFF, "Báo cáo kết quả thực hiện", deadline, null, null,
                false));
        tasks.add(plan, new TaskForm("II.1.a", "Tổ chức hội nghị CCHC", null, null, true, "u:" + unit.id(), List.of(),
                List.of(), null));
        long report = reportEditing.open(periods.periods(plan.id()).get(0).id(), me());
        long task = jdbc.queryForObject("select id from task where plan_id = ?", Long.class, plan.id());
        byte[] content = "%PDF-1.4 biên bản hội nghị CCHC".getBytes();
        reportEditing.save(report, new ReportForm("2303/STC-VP", "27/9/2023", null,
                progressReports.get(report).header().version(), new ArrayList<>(List.of(new ReportForm.EntryForm(task,
                        EntryStatus.DONE, "Đã tổ chức hội nghị.", "", null))), null),
                List.of(EvidenceFiles.check(task, new MockMultipartFile("evidence-" + task, "bien-ban.pdf",
                        "application/pdf", content))), me());
        long file = jdbc.queryForObject("select id from evidence where report_id = ?", Long.class, report);
        String base = "/assessments/" + YEAR + "/units/" + unit.id();

        Document form = Jsoup.parse(Pages.html(mvc.get().uri(base + "/edit").with(as(officer)).exchange()));
        assertThat(form.selectFirst("select[name='lines[1].evidenceIds'] option[value=" + file + "]").text())
                .isEqualTo("bien-ban.pdf — (kèm báo cáo 2303/STC-VP)");

        int version = assessments.find(YEAR, unit.id()).orElseThrow().version();
        assertThat(mvc.post().uri(base).with(as(officer)).with(csrf()).param("action", "submit")
                .param("version", String.valueOf(version))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "0")
                .param("lines[1].criterionId", String.valueOf(subB)).param("lines[1].score", "3")
                .param("lines[1].evidenceIds", String.valueOf(file))
                .param("lines[2].criterionId", String.valueOf(direct)).param("lines[2].score", "0")
                .exchange()).hasRedirectedUrl(base);

        AssessmentView submitted = assessments.view(YEAR, unit.id());
        assertThat(submitted.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(submitted.line(subB).evidence()).singleElement()
                .satisfies(evidence -> assertThat(evidence.documentNumber()).isEqualTo("2303/STC-VP"));
        UserRow coordinator = data.account(Role.COORDINATOR);
        Document page = Jsoup.parse(Pages.html(mvc.get().uri(base).with(as(coordinator)).exchange()));
        assertThat(page.select("[data-criterion='1.1.2'] .evidence-file").text())
                .isEqualTo("bien-ban.pdf (kèm báo cáo 2303/STC-VP)");
        assertThat(mvc.get().uri(base + "/evidence/" + file).with(as(coordinator)).exchange().getResponse()
                .getContentAsByteArray()).isEqualTo(content);
    }

    @Test
    void aSaveBeforeTheWindowOpensIsRefusedAndNothingIsKept() {
        clock.set(LocalDate.now(VIETNAM).minusDays(11).atTime(10, 0).atZone(VIETNAM).toInstant());

        MvcTestResult refused = mvc.post().uri("/assessments/" + YEAR + "/units/" + unit.id()).with(as(officer))
                .with(csrf()).param("version", String.valueOf(version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "1,5")
                .param("lines[0].explanation", "Kế hoạch số 12/KH").exchange();

        assertThat(Pages.html(refused)).contains("Đợt tự đánh giá năm này chưa mở; chưa thể chấm điểm.")
                .contains("Kế hoạch số 12/KH");
        assertThat(assessments.view(YEAR, unit.id()).line(subA).selfScore()).isNull();
        assertThatThrownBy(() -> self.save(YEAR, unit.id(), form("1", "0", "0", null), List.of(), me()))
                .hasMessage("assessment.window.notOpen");
    }

    @Test
    void anOfficerOfAnotherUnitGetsNothingOfTheUnitsEvidence() throws Exception {
        byte[] content = "%PDF-1.4 quyết định kiện toàn".getBytes();
        mvc.post().uri("/assessments/" + YEAR + "/units/" + unit.id()).with(as(officer)).with(csrf()).multipart()
                .file(new MockMultipartFile("evidence-" + subA, "quyet-dinh.pdf", "application/pdf", content))
                .param("version", String.valueOf(version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "2").exchange();
        long file = jdbc.queryForObject("select id from evidence where unit_id = ?", Long.class, unit.id());
        UnitView other = data.unit(UnitKind.DEPARTMENT);
        enrol(other);
        UserRow intruder = data.account(Role.OFFICER, other.id());

        for (String uri : List.of("/assessments/" + YEAR + "/units/" + unit.id() + "/evidence/" + file,
                "/assessments/" + YEAR + "/units/" + other.id() + "/evidence/" + file)) {
            MvcTestResult result = mvc.get().uri(uri).with(as(intruder)).exchange();
            assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(404);
            assertThat(result.getResponse().getHeader("Content-Disposition")).as(uri).isNull();
            assertThat(result.getResponse().getContentAsString()).as(uri).doesNotContain("quyết định kiện toàn")
                    .doesNotContain("quyet-dinh.pdf");
        }
        assertThat(mvc.get().uri("/assessments/" + YEAR + "/units/" + unit.id() + "/evidence/" + file)
                .with(as(officer)).exchange().getResponse().getContentAsByteArray()).isEqualTo(content);
    }

    /**
     * The unit's response to the returned appraisal: one too long is refused with its message beside it, and
     * everything typed comes back; a draft kept by the automatic save is the unit's until it is sent.
     */
    @Test
    void aRefusedResponseComesBackAsTypedWithItsMessage() throws Exception {
        self.save(YEAR, unit.id(), form("2", "3", "1", "Có văn bản"), List.of(), me());
        self.submit(YEAR, unit.id(), me());
        CurrentUser appraiser = ReportFixtures.user(data.account(Role.COORDINATOR));
        appraisal.save(YEAR, unit.id(), new AppraisalForm(version(), List.of(new AppraisalForm.Line(subA, "1", "Thiếu"),
                new AppraisalForm.Line(subB, "3", null), new AppraisalForm.Line(direct, "0", "Không có"))), appraiser);
        appraisal.returnToUnit(YEAR, unit.id(), "Đề nghị giải trình", appraiser);
        String base = "/assessments/" + YEAR + "/units/" + unit.id();

        Document page = Jsoup.parse(Pages.html(mvc.get().uri(base).with(as(officer)).exchange()));
        assertThat(page.selectFirst("form#response-form").attr("data-autosave")).isEqualTo(base + "/response/autosave");
        assertThat(page.selectFirst("#response-due").text()).startsWith("Hạn phản hồi: hết ngày "
                + LocalDate.now(VIETNAM).plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        String tooLong = "Giải trình chi tiết. ".repeat(250);
        MvcTestResult refused = mvc.post().uri(base + "/response").with(as(officer)).with(csrf())
                .param("version", String.valueOf(version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].response", "Đã gửi báo cáo quý")
                .param("lines[2].criterionId", String.valueOf(direct)).param("lines[2].response", tooLong)
                .exchange();
        assertThat(refused).hasStatusOk();
        Document again = Jsoup.parse(Pages.html(refused));
        assertThat(again.selectFirst("textarea[name='lines[0].response']").text()).isEqualTo("Đã gửi báo cáo quý");
        assertThat(again.selectFirst("textarea[name='lines[2].response']").text()).isEqualTo(tooLong.strip());
        assertThat(again.selectFirst("textarea[name='lines[2].response']").hasClass("is-invalid")).isTrue();
        assertThat(again.getElementById("lines[2].response-error").text()).isEqualTo("Phản hồi tối đa 5.000 ký tự.");
        assertThat(assessments.view(YEAR, unit.id()).line(subA).response()).as("nothing kept").isNull();
        assertThat(assessments.find(YEAR, unit.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.RETURNED);

        String saved = mvc.post().uri(base + "/response/autosave").with(as(officer)).with(csrf())
                .param("version", String.valueOf(version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].response", "Bản nháp phản hồi")
                .exchange().getResponse().getContentAsString();
        assertThat(saved).contains("\"version\":" + version());
        assertThat(Pages.html(mvc.get().uri(base).with(as(officer)).exchange())).contains("Bản nháp phản hồi");
        assertThat(Pages.html(mvc.get().uri(base).with(as(data.account(Role.COORDINATOR))).exchange()))
                .as("not sent yet").doesNotContain("Bản nháp phản hồi");

        assertThat(mvc.post().uri(base + "/response").with(as(officer)).with(csrf())
                .param("version", String.valueOf(version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].response", "Đã gửi báo cáo quý")
                .exchange()).hasRedirectedUrl(base);
        assertThat(assessments.find(YEAR, unit.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.RESPONDED);
        assertThat(Pages.html(mvc.get().uri(base).with(as(data.account(Role.COORDINATOR))).exchange()))
                .contains("Đã gửi báo cáo quý");
    }

    private static final String CONTROL_MESSAGE =
            "Có ký tự điều khiển không in được (như NUL) nên chưa lưu; các ký tự đó đã được bỏ đi, hãy xem lại rồi gửi lại.";

    @Test
    void aNulInALineIsRefusedBesideItsFieldAndTheOtherLinesComeBackAsTyped() {
        String base = "/assessments/" + YEAR + "/units/" + unit.id();
        MvcTestResult refused = mvc.post().uri(base).multipart().with(as(officer)).with(csrf())
                .param("version", String.valueOf(version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "1")
                .param("lines[0].explanation", "Có biên bản")
                .param("lines[1].criterionId", String.valueOf(subB)).param("lines[1].score", "2")
                .param("lines[1].explanation", "Có\u0000 quyết định").exchange();

        assertThat(refused).hasStatusOk();
        Document page = Jsoup.parse(Pages.html(refused));
        assertThat(page.getElementById("lines1.explanation").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("lines[1].explanation-error").text()).isEqualTo(CONTROL_MESSAGE);
        assertThat(page.getElementById("lines1.explanation").val()).isEqualTo("Có quyết định");
        assertThat(page.getElementById("lines1.score").val()).isEqualTo("2");
        assertThat(page.getElementById("lines0.score").val()).isEqualTo("1");
        assertThat(page.getElementById("lines0.explanation").val()).isEqualTo("Có biên bản");
        assertThat(assessments.view(YEAR, unit.id()).line(subA).selfScore()).as("nothing saved").isNull();
    }

    @Test
    void aControlCharacterInAnAutomaticSaveIsRefusedWithItsFieldAndNothingIsSaved() throws Exception {
        String base = "/assessments/" + YEAR + "/units/" + unit.id();
        int before = version();
        MvcTestResult refused = mvc.post().uri(base + "/autosave").with(as(officer)).with(csrf())
                .param("version", String.valueOf(before))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "1")
                .param("lines[0].explanation", "Có\u0001 biên bản").exchange();
        assertThat(refused).hasStatus(422);
        assertThat(refused.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"fields\":{\"lines[0].explanation\":\"" + CONTROL_MESSAGE + "\"}");
        assertThat(version()).isEqualTo(before);
        assertThat(assessments.view(YEAR, unit.id()).line(subA).selfScore()).isNull();
    }

    @Test
    void anAutomaticSaveWithAGapInItsLinesSavesTheLinesItHolds() {
        String base = "/assessments/" + YEAR + "/units/" + unit.id();
        assertThat(mvc.post().uri(base + "/autosave").with(as(officer)).with(csrf())
                .param("version", String.valueOf(version()))
                .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "1")
                .param("lines[5].criterionId", String.valueOf(direct)).param("lines[5].score", "1")
                .param("lines[5].explanation", "Sau khoảng trống").exchange()).hasStatusOk();
        AssessmentView saved = assessments.view(YEAR, unit.id());
        assertThat(saved.line(subA).selfScore()).isEqualByComparingTo("1");
        assertThat(saved.line(direct).selfScore()).isEqualByComparingTo("1");
        assertThat(saved.line(direct).explanation()).isEqualTo("Sau khoảng trống");
    }

    @Test
    void aLineIndexPastWhatAFormHoldsIsRefusedAndNothingIsSaved() {
        String base = "/assessments/" + YEAR + "/units/" + unit.id();
        int before = version();
        for (String uri : List.of(base + "/autosave", base)) {
            assertThat(mvc.post().uri(uri).with(as(officer)).with(csrf())
                    .param("version", String.valueOf(before))
                    .param("lines[0].criterionId", String.valueOf(subA)).param("lines[0].score", "1")
                    .param("lines[300].score", "1").exchange()).as(uri).hasStatus(400);
        }
        assertThat(version()).isEqualTo(before);
        assertThat(assessments.view(YEAR, unit.id()).line(subA).selfScore()).isNull();
    }
}
