package vn.chiso.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail. Every mail is first written to the outbox, so that what the application said to whom can
 * always be read back; it then goes out over SMTP when a server is configured ({@code spring.mail.host}). Delivery
 * failures are recorded and logged, never thrown: a mail that cannot leave must not undo the work that caused it.
 */
@Service
public class Mailer {

    static final int RECENT = 100;
    private static final int ERROR_LENGTH = 1000;
    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailOutbox outbox;
    private final Clock clock;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    Mailer(MailOutbox outbox, Clock clock, ObjectProvider<JavaMailSender> sender,
            @Value("${chiso.mail.from:chiso@localhost}") String from) {
        this.outbox = outbox;
        this.clock = clock;
        this.sender = sender;
        this.from = from;
    }

    /** Records the mail and delivers it if SMTP is configured; blank addresses are dropped, no address is no mail. */
    public void send(Collection<String> recipients, String subject, String body) {
        String[] to = recipients.stream().filter(Objects::nonNull).map(String::strip).filter(r -> !r.isEmpty())
                .distinct().toArray(String[]::new);
        if (to.length == 0) {
            return;
        }
        long id = outbox.add(String.join(", ", to), subject, body, clock.instant());
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp != null) {
            deliver(smtp, id, to, subject, body);
        }
    }

    /** The {@value #RECENT} most recent mails, newest first. */
    List<OutboxMail> recent() {
        return outbox.recent(RECENT);
    }

    private void deliver(JavaMailSender smtp, long id, String[] to, String subject, String body) {
        try {
            smtp.send(message -> {
                // Explicit UTF-8: Vietnamese must survive whatever spring.mail.default-encoding says.
                MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                mail.setFrom(from);
                mail.setTo(to);
                mail.setSubject(subject);
                mail.setText(body);
            });
            outbox.delivered(id);
        } catch (MailException failure) {
            // The addresses stay in the outbox, out of the log.
            log.warn("Mail {} was not delivered: {}", id, failure.getMessage());
            outbox.failed(id, truncate(failure));
        }
    }

    private static String truncate(MailException failure) {
        String message = Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName());
        return message.length() <= ERROR_LENGTH ? message : message.substring(0, ERROR_LENGTH);
    }
}
