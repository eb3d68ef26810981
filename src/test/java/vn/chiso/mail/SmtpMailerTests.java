package vn.chiso.mail;

import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The mailer with an SMTP server (GreenMail on a free port): mails leave intact and are recorded as delivered. */
@ChisoTest
class SmtpMailerTests {

    // One server for the class: the application context keeps the port it started with.
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("chiso.mail.from", () -> "chiso@khanhhoa.gov.vn");
    }

    @Test
    void aVietnameseMailArrivesIntactAndIsRecordedAsDelivered() throws Exception {
        String subject = TestData.unique("Nhắc hạn nộp báo cáo quý ");
        String body = "Kính gửi Sở Tư pháp,\nĐề nghị đơn vị cập nhật tiến độ nhiệm vụ trước ngày 30/06.";
        mailer.send(List.of("so-tu-phap@khanhhoa.gov.vn"), subject, body);

        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("so-tu-phap@khanhhoa.gov.vn");
        assertThat(received.getFrom()).extracting(Object::toString).containsExactly("chiso@khanhhoa.gov.vn");
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(received.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("UTF-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(body);

        Map<String, Object> row = jdbc.queryForMap("select delivered, error from mail_outbox where subject = ?",
                subject);
        assertThat(row).containsEntry("delivered", true).containsEntry("error", null);
    }
}
