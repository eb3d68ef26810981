package vn.chiso.notification;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestClock;
import vn.chiso.TestData;
import vn.chiso.assessment.AssessmentFixtures;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.ResponseForm;
import vn.chiso.assessment.SelfAssessment;
import vn.chiso.report.ReportEditing;
import vn.chiso.report.ReportFixtures;
import vn.chiso.report.ReportFixtures.Setup;
import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static vn.chiso.TestData.as;
import static vn.chiso.notification.QueueFixtures.VIETNAM;

/**
 * When a unit sends a report, an assessment or its answer to an appraisal, every active coordinator gets a notice,
 * written with the submission, and a mail, sent once it has committed. Submissions go through the services and
 * commit, as an officer's would.
 */
@ChisoTest
class NoticesTests {

    /** The year of this class's own assessment round, removed after each test. */
    private static final int ROUND = 2094;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    TestClock clock;
    @Autowired
    ReportFixtures fixtures;
    @Autowired
    ReportEditing editing;
    @Autowired
    SelfAssessment selfAssessment;
    @Autowired
    Assessments assessments;
    @Autowired
    UserService users;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void realTime() {
        clock.reset();
        // this class commits: its round must not remain for the tests that take the years after 2060 as unused
        jdbc.update("delete from assessment where year = ?", ROUND);
        jdbc.update("delete from criteria_set where year = ?", ROUND);
        jdbc.update("delete from assessment_year where year = ?", ROUND);
    }

    @Test
    void aSubmittedReportGivesEveryActiveCoordinatorAnUnreadNoticeAndAMailLeadingToItsReview() {
        Setup setup = fixtures.setup(LocalDate.of(2043, 9, 29));
        UserRow colleague = data.account(Role.COORDINATOR);
        UserRow departed = data.account(Role.COORDINATOR);
        users.deactivate(departed.id(), ReportFixtures.user(data.account(Role.ADMIN)));
        clock.set(LocalDate.of(2043, 10, 2).atTime(9, 15).atZone(VIETNAM).toInstant());
        long report = submit(setup);

        for (UserRow coordinator : List.of(setup.coordinator(), colleague)) {
            assertThat(unreadLinks(coordinator)).as(coordinator.username()).containsExactly("/reports/" + report);
        }
        assertThat(unreadLinks(departed)).isEmpty();
        assertThat(unreadLinks(setup.leader())).isEmpty();
        String queue = Pages.html(mvc.get().uri("/queue").with(as(colleague)).exchange());
        assertThat(queue).contains(setup.unitA().name() + " đã gửi báo cáo “" + setup.period().label()
                + "” theo Kế hoạch " + setup.plan().number() + ".", "Trễ hạn");

        Map<String, Object> mail = awaitMail(setup.unitA().name());
        assertThat((String) mail.get("recipients")).contains(setup.coordinator().email(), colleague.email())
                .doesNotContain(departed.email(), setup.officerA().email());
        assertThat((String) mail.get("subject")).isEqualTo("[Chỉ Số] " + setup.unitA().name() + " đã gửi báo cáo “"
                + setup.period().label() + "” theo Kế hoạch " + setup.plan().number() + ".");
        assertThat((String) mail.get("body")).contains("Lưu ý: đơn vị gửi sau hạn.",
                "Xem và xử lý: http://localhost:8080/reports/" + report, "http://localhost:8080/queue");
    }

    @Test
    void theMailIsWrittenOnlyOnceTheSubmissionCommitsAndARolledBackOneTellsNobody() {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(5));
        long report = prepare(setup);
        transactions.executeWithoutResult(status -> {
            editing.submit(report, setup.a());
            assertThat(noticesOf(setup.coordinator())).as("written with the submission").isEqualTo(1);
            assertThat(mails(setup.unitA().name())).as("nothing mailed before the commit").isZero();
            status.setRollbackOnly();
        });
        assertThat(noticesOf(setup.coordinator())).isZero();
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                .until(() -> mails(setup.unitA().name()) == 0);

        transactions.executeWithoutResult(status -> {
            editing.submit(report, setup.a());
            assertThat(mails(setup.unitA().name())).isZero();
        });
        awaitMail(setup.unitA().name());
        assertThat(noticesOf(setup.coordinator())).isEqualTo(1);
    }

    @Test
    void anAssessmentSentForAppraisalAndAnAnswerToItsAppraisalEachTellTheCoordinators() {
        int year = ROUND;
        AssessmentFixtures.SetBuilder set = new QueueFixtures(jdbc).round(year, LocalDate.of(year, 11, 1),
                LocalDate.of(year, 12, 15));
        long criterion = jdbc.queryForObject("select id from criterion where set_id = ? and max_points is not null",
                Long.class, set.id());
        UnitView unit = data.unit(UnitKind.DEPARTMENT);
        CurrentUser officer = ReportFixtures.user(data.account(Role.OFFICER, unit.id()));
        UserRow coordinator = data.account(Role.COORDINATOR);
        new AssessmentFixtures(jdbc).assessment(set, unit.id()).score(criterion, "0", null);

        clock.set(LocalDate.of(year, 12, 16).atTime(8, 0).atZone(VIETNAM).toInstant());
        selfAssessment.submit(year, unit.id(), officer);
        String appraisal = "/assessments/" + year + "/units/" + unit.id() + "/appraisal";
        assertThat(unreadLinks(coordinator)).containsExactly(appraisal);
        assertThat(awaitMail(unit.name()).get("subject")).isEqualTo("[Chỉ Số] " + unit.name()
                + " đã gửi hồ sơ tự đánh giá CCHC năm 2094 để thẩm định.");
        assertThat((String) awaitMail(unit.name()).get("body")).contains("Lưu ý: đơn vị gửi sau hạn.");

        jdbc.update("update assessment set status = 'RETURNED', returned_at = now() where year = ? and unit_id = ?",
                year, unit.id());
        int version = assessments.view(year, unit.id()).header().version();
        selfAssessment.respond(year, unit.id(), new ResponseForm(version,
                List.of(new ResponseForm.Line(criterion, "Đơn vị thống nhất với kết quả thẩm định."))), officer);
        assertThat(unreadLinks(coordinator)).containsExactly(appraisal, appraisal);
        await().atMost(Duration.ofSeconds(5)).until(() -> mails(unit.name()) == 2);
        assertThat(Pages.html(mvc.get().uri("/queue").with(as(coordinator)).exchange()))
                .contains(unit.name() + " đã gửi ý kiến về kết quả thẩm định CCHC năm 2094.");
    }

    @Test
    void openingANoticeMarksItReadAndLeadsToItsPageButOnlyForItsRecipient() {
        Setup setup = fixtures.setup(LocalDate.now(VIETNAM).plusDays(7));
        UserRow colleague = data.account(Role.COORDINATOR);
        long report = submit(setup);
        long mine = noticeId(setup.coordinator());
        long theirs = noticeId(colleague);

        assertThat(mvc.get().uri("/notices/{id}", theirs).with(as(setup.coordinator())))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(unreadLinks(colleague)).as("still unread for its recipient").hasSize(1);
        for (UserRow other : List.of(setup.officerA(), setup.leader())) {
            assertThat(mvc.get().uri("/notices/{id}", mine).with(as(other))).hasStatus(HttpStatus.NOT_FOUND);
        }

        assertThat(mvc.get().uri("/notices/{id}", mine).with(as(setup.coordinator())))
                .hasRedirectedUrl("/reports/" + report);
        assertThat(unreadLinks(setup.coordinator())).isEmpty();
        assertThat(Pages.html(mvc.get().uri("/queue").with(as(setup.coordinator())).exchange()))
                .contains("Không có thông báo mới.");

        assertThat(mvc.post().uri("/notices/read").with(as(colleague)).with(csrf()))
                .hasRedirectedUrl("/queue");
        assertThat(unreadLinks(colleague)).isEmpty();
    }

    @Test
    void whatTheDemoLoaderSubmittedWhileStartingIsNobodysNews() {
        // Cam Ranh's late 6025/KH-UBND report is submitted by the demo loader, and by no test
        assertThat(jdbc.queryForObject("select count(*) from notice where unit_name like '%Cam Ranh%'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like '%Cam Ranh%'", Long.class))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from progress_report r join unit u on u.id = r.unit_id"
                + " where u.name like '%Cam Ranh%' and r.submitted_at is not null", Long.class)).isPositive();
    }

    /** The officer's report, sent. */
    private long submit(Setup setup) {
        long report = prepare(setup);
        editing.submit(report, setup.a());
        return report;
    }

    /** The officer's report with the unit's document number and date, all it needs to be sent. */
    private long prepare(Setup setup) {
        long id = editing.open(setup.period().id(), setup.a());
        jdbc.update("update progress_report set document_number = '9/DVA', document_date = ? where id = ?",
                Date.valueOf(setup.period().deadline().minusDays(1)), id);
        return id;
    }

    private List<String> unreadLinks(UserRow user) {
        return jdbc.queryForList("select link from notice where recipient_id = ? and read_at is null order by id",
                String.class, user.id());
    }

    private long noticesOf(UserRow user) {
        return jdbc.queryForObject("select count(*) from notice where recipient_id = ?", Long.class, user.id());
    }

    private long noticeId(UserRow user) {
        return jdbc.queryForObject("select id from notice where recipient_id = ?", Long.class, user.id());
    }

    private long mails(String unitName) {
        return jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Long.class,
                "%" + unitName + " %");
    }

    private Map<String, Object> awaitMail(String unitName) {
        await().atMost(Duration.ofSeconds(5)).until(() -> mails(unitName) > 0);
        return jdbc.queryForMap("select recipients, subject, body from mail_outbox where subject like ?"
                + " order by id limit 1", "%" + unitName + " %");
    }
}
