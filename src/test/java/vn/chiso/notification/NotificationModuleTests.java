package vn.chiso.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.chiso.ModuleTestDatabase;
import vn.chiso.assessment.AppraisalQueue;
import vn.chiso.report.ReportSubmitted;
import vn.chiso.report.ReviewQueue;
import vn.chiso.user.Recipient;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.BDDMockito.given;

/**
 * The notification module alone, with the mail module it writes to (and the shared clock): what it does on the events of the others,
 * published here as the report module would. The other modules it reads are stand-ins.
 */
@ApplicationModuleTest(extraIncludes = {"mail", "shared"})
class NotificationModuleTests {

    private static final ModuleTestDatabase DATABASE = ModuleTestDatabase.start();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        DATABASE.register(properties);
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        DATABASE.close();
    }

    @MockitoBean
    UserService users;
    @MockitoBean
    ReviewQueue reviews;
    @MockitoBean
    AppraisalQueue appraisals;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void aSubmittedReportGivesEveryCoordinatorANoticeInItsTransactionAndAMailInTheOutboxAfterIt(Scenario scenario) {
        List<Recipient> coordinators = List.of(coordinator("hanh"), coordinator("quang"));
        given(users.activeCoordinators()).willReturn(coordinators);
        ReportSubmitted submitted = new ReportSubmitted(41, 7, 12, 3, "Sở Xây dựng", "99/KH-UBND", "Quý III/2043",
                "Nguyễn Văn An", Instant.parse("2043-10-02T02:15:00Z"), false, false);

        scenario.publish(submitted)
                .andWaitForStateChange(() -> jdbc.queryForList(
                        "select recipients from mail_outbox where subject like ?", String.class, "%Sở Xây dựng%"),
                        mails -> !mails.isEmpty())
                .andVerify(mails -> {
                    assertThat(mails).singleElement().asString().contains("hanh@example.vn", "quang@example.vn");
                    for (Recipient coordinator : coordinators) {
                        assertThat(jdbc.queryForList("select link from notice where recipient_id = ?", String.class,
                                coordinator.id())).containsExactly("/reports/41");
                    }
                });
    }

    @Test
    void aMailThatFailedStaysAnIncompletePublicationAndIsSentWhenItIsPublishedAgain(Scenario scenario) {
        List<Recipient> coordinators = List.of(coordinator("thu"));
        // the notice, in the submitting transaction, finds the coordinators; the mail, after it, fails the first time
        given(users.activeCoordinators()).willReturn(coordinators)
                .willThrow(new IllegalStateException("the directory is down")).willReturn(coordinators);
        ReportSubmitted submitted = new ReportSubmitted(42, 7, 12, 4, "Sở Công Thương", "99/KH-UBND",
                "Quý III/2043", "Trần Thị Bình", Instant.parse("2043-10-02T03:00:00Z"), true, false);

        scenario.publish(submitted).andWaitForStateChange(() -> jdbc.queryForList(
                "select status from event_publication where serialized_event like ? and completion_date is null",
                String.class, "%Sở Công Thương%"), statuses -> statuses.contains("FAILED"))
                .andVerify(statuses -> assertThat(mails("Sở Công Thương")).isZero());

        // as the start after a crash does with every incomplete publication
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent().equals(submitted));
        await().atMost(Duration.ofSeconds(10)).until(() -> mails("Sở Công Thương") == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> publications("Sở Công Thương", false) == 0);
        assertThat(publications("Sở Công Thương", true)).isEqualTo(1);
    }

    private long mails(String unitName) {
        return jdbc.queryForObject("select count(*) from mail_outbox where subject like ?", Long.class,
                "%" + unitName + "%");
    }

    private long publications(String unitName, boolean completed) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event like ? and "
                + "completion_date is " + (completed ? "not null" : "null"), Long.class, "%" + unitName + "%");
    }

    private Recipient coordinator(String username) {
        long id = jdbc.queryForObject("""
                insert into user_account (username, full_name, email, password_hash, role, search_key)
                values (?, ?, ?, 'not a hash', 'COORDINATOR', ?) returning id
                """, Long.class, username, username, username + "@example.vn", username);
        return new Recipient(id, username, username + "@example.vn");
    }
}
