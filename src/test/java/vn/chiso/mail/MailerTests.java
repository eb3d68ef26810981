package vn.chiso.mail;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;
import vn.chiso.ChisoTest;
import vn.chiso.Pages;
import vn.chiso.TestData;
import vn.chiso.user.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chiso.TestData.as;

/** The mailer without an SMTP server (the default in tests): mails are kept in the outbox, which coordinators read. */
@ChisoTest
class MailerTests {

    @Autowired
    Mailer mailer;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void withoutSmtpAMailIsOnlyStoredInTheOutbox() {
        String subject = TestData.unique("Nhắc hạn báo cáo ");
        mailer.send(List.of("a@thu.vn", " ", "b@thu.vn "), subject, "Kính gửi Sở Tài chính,\n\n  Hạn nộp: 30/06.");

        Map<String, Object> row = jdbc.queryForMap(
                "select recipients, body, delivered, error from mail_outbox where subject = ?", subject);
        assertThat(row).containsEntry("recipients", "a@thu.vn, b@thu.vn")
                .containsEntry("body", "Kính gửi Sở Tài chính,\n\n  Hạn nộp: 30/06.")
                .containsEntry("delivered", false)
                .containsEntry("error", null);
    }

    @Test
    void noRecipientsMeansNoMail() {
        String subject = TestData.unique("Không ai nhận ");
        mailer.send(Arrays.asList(" ", "", null), subject, "…");
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject = ?", Long.class, subject))
                .isZero();
    }

    @Test
    void aFailedDeliveryIsRecordedAndTheCallersTransactionCommits() throws Exception {
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        try (ServerSocket socket = new ServerSocket(0)) {
            unreachable.setPort(socket.getLocalPort()); // closed again before the mail is sent: refused at once
        }
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", unreachable);
        Mailer failing = new Mailer(outbox, clock, beans.getBeanProvider(JavaMailSender.class), "chiso@localhost");
        String subject = TestData.unique("Thư không đi được ");

        transaction.executeWithoutResult(status -> failing.send(List.of("a@thu.vn"), subject, "Nội dung"));

        Map<String, Object> row = jdbc.queryForMap("select delivered, error from mail_outbox where subject = ?",
                subject);
        assertThat(row).containsEntry("delivered", false);
        assertThat((String) row.get("error")).isNotBlank().hasSizeLessThanOrEqualTo(1000);
    }

    @Test
    void coordinatorsReadTheOutboxNewestFirst() {
        String older = TestData.unique("Thư cũ ");
        String newer = TestData.unique("Thư mới ");
        String recipient = TestData.unique("dieuphoi") + "@thu.vn";
        mailer.send(List.of(recipient), older, "Nội dung cũ");
        mailer.send(List.of(recipient), newer, "Dòng một\nDòng hai");

        String page = Pages.html(mvc.get().uri("/outbox").with(as(data.account(Role.COORDINATOR))).exchange());
        assertThat(page).contains(newer, older, recipient, "Dòng một\nDòng hai");
        assertThat(page.indexOf(newer)).isLessThan(page.indexOf(older));
    }

    @Test
    void htmlInASubjectIsShownAsText() throws Exception {
        String subject = TestData.unique("<script>alert('thư')</script> ");
        mailer.send(List.of("a@thu.vn"), subject, "<b>đậm</b>");

        MvcTestResult result = mvc.get().uri("/outbox").with(as(data.account(Role.COORDINATOR))).exchange();
        String raw = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<script>alert", "<b>đậm</b>").contains("&lt;script&gt;alert", "&lt;b&gt;đậm");
    }

    @Test
    void onlyCoordinatorsAndAdministratorsReadTheOutbox() {
        assertThat(mvc.get().uri("/outbox").with(as(data.account(Role.COORDINATOR)))).hasStatusOk();
        assertThat(mvc.get().uri("/outbox").with(as(data.account(Role.ADMIN)))).hasStatusOk();
        assertThat(mvc.get().uri("/outbox").with(as(data.account(Role.OFFICER)))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/outbox").with(as(data.account(Role.LEADER)))).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/outbox")).hasRedirectedUrl("/login");
    }
}
