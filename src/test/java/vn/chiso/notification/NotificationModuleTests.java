package vn.chiso.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.chiso.ModuleTest;
import vn.chiso.assessment.AppraisalQueue;
import vn.chiso.assessment.AppraisalReturned;
import vn.chiso.index.ResultsPublished;
import vn.chiso.report.ReportSubmitted;
import vn.chiso.report.ReviewQueue;
import vn.chiso.user.Recipient;
import vn.chiso.user.Role;
import vn.chiso.user.UserRow;
import vn.chiso.user.UserSearch;
import vn.chiso.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.given;

/**
 * The notification module alone, with the mail module it writes to (and the shared clock): what it does on the events
 * of the others, published here as the report, assessment and index modules would. The other modules it reads are
 * stand-ins.
 */
@ModuleTest(extraIncludes = {"mail", "shared"})
class NotificationModuleTests {

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
    @Autowired
    Notices notices;
    @Autowired
    MessageSource messages;

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
        // the notice, in the submitting transaction, is written for the accounts themselves; the mail, after it, asks
        // the user module for the coordinators and fails the first time
        given(users.activeCoordinators()).willThrow(new IllegalStateException("the directory is down"))
                .willReturn(coordinators);
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

    @Test
    void aReturnedAppraisalGivesTheUnitsOfficersANoticeInItsTransactionAndAMailAfterIt(Scenario scenario) {
        long unit = unit("SXD", "Sở Xây dựng");
        UserRow an = member("an", Role.OFFICER, unit);
        UserRow binh = member("binh", Role.OFFICER, unit);
        UserRow leader = member("giamdoc", Role.LEADER, unit);
        given(users.activeMembersOf(unit)).willReturn(List.of(an, binh, leader));
        AppraisalReturned returned = new AppraisalReturned(71, 2043, unit, "Sở Xây dựng",
                "Đề nghị bổ sung kế hoạch CCHC năm 2043", "Trần Thị Hạnh", Instant.parse("2043-10-09T03:00:00Z"));

        scenario.publish(returned)
                .andWaitForStateChange(() -> jdbc.queryForList("select recipients || ' | ' || body from mail_outbox"
                        + " where subject like ?", String.class, "%kết quả thẩm định CCHC năm 2043 của Sở Xây dựng%"),
                        mails -> !mails.isEmpty())
                .andVerify(mails -> {
                    assertThat(mails).singleElement().asString().contains("an@example.vn", "binh@example.vn")
                            .doesNotContain("giamdoc@example.vn").contains("Kính gửi cán bộ Sở Xây dựng,")
                            .contains("Ý kiến của Sở Nội vụ (Trần Thị Hạnh): Đề nghị bổ sung kế hoạch CCHC năm 2043")
                            .contains("/assessments/2043/units/" + unit);
                    for (UserRow officer : List.of(an, binh)) {
                        assertThat(newest(officer.id())).isEqualTo("Sở Nội vụ đã trả kết quả thẩm định CCHC năm 2043"
                                + " của Sở Xây dựng, đề nghị đơn vị xem và phản hồi."
                                + " → /assessments/2043/units/" + unit);
                    }
                    assertThat(notices.unread(leader.id()).isEmpty()).as("only the officers").isTrue();
                });
    }

    @Test
    void publishedResultsGiveTheLeadersAndCoordinatorsANoticeLeadingToTheIndexPage(Scenario scenario) {
        UserRow leader = member("lanhdao", Role.LEADER, null);
        Recipient coordinator = coordinator("noivu");
        given(users.search(argThat((UserSearch search) -> search.role() == Role.LEADER && !search.inactive()), any()))
                .willReturn(new PageImpl<>(List.of(leader)));
        given(users.activeCoordinators()).willReturn(List.of(coordinator));
        ResultsPublished published = new ResultsPublished(3, "PAPI", 2043, 88, 1, true, "Trần Thị Hạnh",
                Instant.parse("2043-05-04T02:00:00Z"));

        scenario.publish(published)
                .andWaitForStateChange(() -> jdbc.queryForList("select recipient_id from notice where kind = ?",
                        Long.class, "RESULTS_PUBLISHED"), recipients -> recipients.size() == 2)
                .andVerify(recipients -> {
                    assertThat(recipients).containsExactlyInAnyOrder(leader.id(), coordinator.id());
                    for (long recipient : recipients) {
                        assertThat(newest(recipient))
                                .isEqualTo("Đã có kết quả PAPI năm 2043. → /indices/PAPI?year=2043");
                    }
                });
    }

    /** A person's newest notice as they read it, and where it leads. */
    private String newest(long recipientId) {
        Notice notice = notices.unread(recipientId).newest().get(0);
        String link = jdbc.queryForObject("select link from notice where id = ?", String.class, notice.id());
        return messages.getMessage(notice.kind().messageKey(), notice.arguments(), Locale.forLanguageTag("vi"))
                + " → " + link;
    }

    private long unit(String code, String name) {
        return jdbc.queryForObject("insert into unit (code, name, short_name, kind) values (?, ?, ?, 'DEPARTMENT')"
                + " returning id", Long.class, code, name, name);
    }

    private UserRow member(String username, Role role, Long unitId) {
        long id = account(username, role, unitId);
        return new UserRow(id, username, username, username + "@example.vn", role, unitId, null, true, false, null);
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
        return new Recipient(account(username, Role.COORDINATOR, null), username, username + "@example.vn");
    }

    private long account(String username, Role role, Long unitId) {
        return jdbc.queryForObject("""
                insert into user_account (username, full_name, email, password_hash, role, unit_id, search_key)
                values (?, ?, ?, 'not a hash', ?, ?, ?) returning id
                """, Long.class, username, username, username + "@example.vn", role.name(), unitId, username);
    }
}
