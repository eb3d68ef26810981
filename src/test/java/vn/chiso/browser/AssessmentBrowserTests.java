package vn.chiso.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.criteria.CriteriaCopyForm;
import vn.chiso.assessment.criteria.CriteriaEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.EvidenceType;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * On a phone, a unit's officer scores the unit, is stopped at submission by a score without evidence or explanation,
 * attaches a document and submits; a coordinator lowers a score with a comment and closes the result, which the
 * officer then reads. The form is kept in target/screenshots for a person to look at.
 */
class AssessmentBrowserTests extends BrowserTestSupport {

    private static final Path SHOTS = Path.of("target", "screenshots");

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Assessments assessments;
    @Autowired
    CriteriaEditing criteria;
    @Autowired
    EvidenceFiles evidence;

    private Integer year;

    @Override
    Browser.NewContextOptions contextOptions() {
        return super.contextOptions().setViewportSize(375, 812).setDeviceScaleFactor(2).setIsMobile(true)
                .setHasTouch(true);
    }

    /** The round of this test would otherwise stay the latest open one for the tests that follow. */
    @AfterEach
    void removeTheRound() {
        if (year != null) {
            jdbc.update("delete from assessment where year = ?", year);
            jdbc.update("delete from criteria_set where year = ?", year);
            jdbc.update("delete from assessment_year where year = ?", year);
        }
    }

    @Test
    void aUnitScoresItselfAndSubmitsThenACoordinatorAppraisesAndCloses() throws Exception {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        UserRow coordinator = data.account(Role.COORDINATOR);
        String base = "/assessments/" + round(unit) + "/units/" + unit.id();

        signIn(officer.username(), TestData.PASSWORD);
        page.navigate(url(base + "/edit"));
        page.locator("[name='lines[0].score']").fill("2");
        page.locator("[name='lines[1].score']").fill("1,5");
        page.locator("[name='lines[2].score']").fill("3");
        page.locator("[name='lines[1].explanation']").fill("Báo cáo CCHC quý đã gửi đúng hạn.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi Sở Nội vụ")).click();

        assertThat(page.locator(".alert-danger").first()).containsText("chưa gửi được");
        assertThat(page.locator("#lines\\[0\\]\\.explanation-error"))
                .containsText("Điểm lớn hơn 0 mà chưa có tài liệu kiểm chứng");
        assertThat(page.locator("[name='lines[2].score']")).hasValue("3");
        page.locator("input[type=file]").first().setInputFiles(new FilePayload("ke-hoach-cchc.pdf", "application/pdf",
                "%PDF-1.4 Kế hoạch CCHC năm".getBytes()));
        page.locator("[name='lines[2].explanation']").fill("Quyết định kiện toàn bộ phận một cửa.");
        Files.createDirectories(SHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("self-assessment-375x812.png")));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi Sở Nội vụ")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi bản tự đánh giá tới Sở Nội vụ.");
        assertThat(page.locator(".assessment-status")).hasText("Chờ thẩm định");
        assertThat(page.locator("#self-total")).hasText("6,50");

        context.clearCookies();
        signIn(coordinator.username(), TestData.PASSWORD);
        page.navigate(url(base + "/appraisal"));
        assertThat(page.locator(".evidence-file").first()).containsText("ke-hoach-cchc.pdf");
        page.locator("[name='lines[2].score']").fill("2");
        page.locator("[name='lines[2].comment']").fill("Chưa có quyết định của năm đánh giá.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chốt kết quả")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã chốt kết quả của đơn vị.");
        assertThat(page.locator("#total")).hasText("12,00 / 16,00 (75,00 %)");

        context.clearCookies();
        signIn(officer.username(), TestData.PASSWORD);
        page.navigate(url(base));
        assertThat(page.locator("[data-criterion='1.2']")).containsText("Chưa có quyết định của năm đánh giá.");
        assertThat(assessments.find(year, unit.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.FINAL);
    }

    /**
     * The appraisal comes back to the unit: the officer's answer saves itself while they type, a too long one is
     * refused with everything typed still there, and the corrected answer is sent.
     */
    @Test
    void aUnitAnswersTheReturnedAppraisalWithoutLosingWhatItTyped() {
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        UserRow officer = data.account(Role.OFFICER, unit.id());
        String base = "/assessments/" + round(unit) + "/units/" + unit.id();
        jdbc.update("""
                insert into assessment_score (assessment_id, criterion_id, self_score, explanation, appraised_score,
                    appraisal_comment)
                select a.id, c.id, c.max_points, 'Có văn bản', c.max_points / 2, 'Thiếu kiểm chứng'
                from assessment a join criterion c on c.set_id = a.set_id and c.max_points is not null
                where a.year = ? and a.unit_id = ?
                """, year, unit.id());
        jdbc.update("""
                update assessment set status = 'RETURNED', submitted_at = now(), late = false, returned_at = now(),
                    return_comment = 'Đề nghị giải trình thêm.' where year = ? and unit_id = ?
                """, year, unit.id());

        signIn(officer.username(), TestData.PASSWORD);
        page.navigate(url(base));
        page.locator("[name='lines[1].response']").fill("Báo cáo quý IV gửi ngày 20/12.");
        assertThat(page.locator("#autosave-status")).containsText("Đã tự động lưu lúc");
        page.reload();
        assertThat(page.locator("[name='lines[1].response']")).hasValue("Báo cáo quý IV gửi ngày 20/12.");

        page.locator("[name='lines[2].response']").fill("Quyết định kiện toàn. ".repeat(250));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phản hồi")).click();
        assertThat(page.locator("#lines\\[2\\]\\.response-error")).hasText("Phản hồi tối đa 5.000 ký tự.");
        assertThat(page.locator("[name='lines[1].response']")).hasValue("Báo cáo quý IV gửi ngày 20/12.");
        assertThat(page.locator("[name='lines[2].response']")).hasValue("Quyết định kiện toàn. ".repeat(250));

        page.locator("[name='lines[2].response']").fill("Quyết định kiện toàn số 15/QĐ.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi phản hồi")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi phản hồi tới Sở Nội vụ.");
        assertThat(page.locator("[data-criterion='1.2']")).containsText("Quyết định kiện toàn số 15/QĐ.");
        assertThat(assessments.find(year, unit.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.RESPONDED);
    }

    /**
     * The largest criteria set of the demo's current round, copied to a round of its own: on a phone an officer scores
     * and explains every criterion, picks files the unit already has for some and uploads new ones for others, saves
     * the draft and submits it. Tomcat's default of 50 parts refused such a form (about 200 parts) with its English
     * "413 Payload Too Large" page.
     */
    @Test
    void anOfficerSavesAndSubmitsTheSelfAssessmentOfTheLargestCriteriaSet() {
        int current = jdbc.queryForObject("select max(year) from assessment_year where published_at is null"
                + " and year < 2082", Integer.class);
        long largest = jdbc.queryForObject("""
                select s.id from criteria_set s where s.year = ?
                order by (select count(*) from criterion c where c.set_id = s.id and c.max_points is not null
                          and not exists (select 1 from criterion k where k.parent_id = c.id)) desc limit 1
                """, Long.class, current);
        UnitView unit = data.unit(UnitKind.valueOf(jdbc.queryForObject(
                "select kind from criteria_set where id = ?", String.class, largest)));
        UserRow officer = data.account(Role.OFFICER, unit.id());
        year = openRound();
        long set = criteria.copy(new CriteriaCopyForm(largest, year, "Bộ chỉ số thử"), ReportFixtures.user(
                data.account(Role.COORDINATOR)));
        jdbc.update("insert into assessment (year, unit_id, set_id, updated_by, updated_at) values (?, ?, ?, 'test',"
                + " now())", year, unit.id(), set);
        for (int i = 1; i <= 4; i++) {
            evidence.storeForUnit(unit.id(), new EvidenceFiles.Upload(0, "quyet-dinh-" + i + ".pdf", EvidenceType.PDF,
                    ("%PDF-1.4 Quyết định số " + i).getBytes(StandardCharsets.UTF_8)), officer.fullName(),
                    java.time.Instant.now());
        }

        signIn(officer.username(), TestData.PASSWORD);
        page.navigate(url("/assessments/" + year + "/units/" + unit.id() + "/edit"));
        int lines = page.locator("section.line:not(.waived)").count();
        for (int i = 0; i < lines; i++) {
            page.locator("[name='lines[" + i + "].score']").fill("0");
            page.locator("[name='lines[" + i + "].explanation']").fill("Đơn vị đã thực hiện; tiêu chí " + (i + 1)
                    + " có văn bản lưu tại bộ phận một cửa.");
            if (i % 4 == 0) {
                page.locator("[name='lines[" + i + "].evidenceIds']").selectOption(new String[] {
                        evidenceOf(unit, "quyet-dinh-1.pdf"), evidenceOf(unit, "quyet-dinh-2.pdf")});
            }
            if (i % 10 == 1) {
                page.locator("section.line:not(.waived) input[type=file]").nth(i).setInputFiles(new FilePayload(
                        "bien-ban-" + i + ".pdf", "application/pdf", "%PDF-1.4 Biên bản".getBytes(StandardCharsets.UTF_8)));
            }
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã lưu bản nháp.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi Sở Nội vụ")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Đã gửi bản tự đánh giá tới Sở Nội vụ.");

        assertThat(lines).isGreaterThanOrEqualTo(25);
        assertThat(assessments.find(year, unit.id()).orElseThrow().status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(jdbc.queryForObject("select count(*) from assessment_score s join assessment a on a.id ="
                + " s.assessment_id where a.year = ? and a.unit_id = ? and s.explanation like 'Đơn vị đã thực hiện%'",
                Integer.class, year, unit.id())).isEqualTo(lines);
        assertThat(jdbc.queryForObject("select count(*) from assessment_evidence e join assessment a on a.id ="
                + " e.assessment_id where a.year = ? and a.unit_id = ?", Integer.class, year, unit.id()))
                .isEqualTo(2 * ((lines + 3) / 4) + (lines + 8) / 10);
    }

    private String evidenceOf(UnitView unit, String fileName) {
        return String.valueOf(jdbc.queryForObject("select id from evidence where unit_id = ? and file_name = ?",
                Long.class, unit.id(), fileName));
    }

    /** A round of an unused year, open since yesterday. */
    private int openRound() {
        int unused = jdbc.queryForObject("select coalesce(max(year), 2082) + 1 from assessment_year where year > 2082",
                Integer.class);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        jdbc.update("""
                insert into assessment_year (year, opens_on, closes_on, good_from, fair_from, average_from, updated_by,
                    updated_at) values (?, ?, ?, 80, 65, 50, 'test', now())
                """, unused, Date.valueOf(today.minusDays(1)), Date.valueOf(today.plusDays(20)));
        return unused;
    }

    /** An open round of an unused year, with a set of three scored criteria and the unit enrolled. */
    private int round(UnitView unit) {
        year = openRound();
        long set = jdbc.queryForObject("""
                insert into criteria_set (year, kind, name, survey_points, created_by, created_at)
                values (?, 'DEPARTMENT', 'Bộ chỉ số CCHC các sở', 8, 'test', now()) returning id
                """, Long.class, year);
        long field = criterion(set, null, 1, "1", "Công tác chỉ đạo, điều hành CCHC", null, 1);
        long plans = criterion(set, field, 2, "1.1", "Kế hoạch CCHC", null, 2);
        criterion(set, plans, 3, "1.1.1", "Ban hành kế hoạch đúng hạn", "2", 3);
        criterion(set, plans, 3, "1.1.2", "Báo cáo CCHC định kỳ", "2", 4);
        criterion(set, field, 2, "1.2", "Kiện toàn bộ phận một cửa", "4", 5);
        jdbc.update("""
                insert into assessment (year, unit_id, set_id, survey_points, updated_by, updated_at)
                values (?, ?, ?, 6.5, 'test', now())
                """, year, unit.id(), set);
        return year;
    }

    private long criterion(long set, Long parent, int level, String code, String name, String max, int position) {
        return jdbc.queryForObject("""
                insert into criterion (set_id, parent_id, level, code, name, max_points, step, position)
                values (?, ?, ?, ?, ?, ?::numeric, 0.5, ?) returning id
                """, Long.class, set, parent, level, code, name, max, position);
    }
}
