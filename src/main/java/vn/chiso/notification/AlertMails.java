package vn.chiso.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.chiso.mail.Mailer;
import vn.chiso.user.Recipient;

/**
 * Writes the mail of an alert for its listeners ({@link CoordinatorMails}, {@link UnitMails}): in Vietnamese, its
 * subject the alert's sentence, its links absolute, to the recipients that have an address.
 */
@Component
class AlertMails {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    AlertMails(Mailer mailer, MessageSource messages, @Value("${chiso.reminders.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    /** The alert in the words of its notice: who sent what. */
    String what(Alert alert) {
        return text(alert.kind().messageKey(), alert.arguments());
    }

    String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }

    /** The address of one of the application's pages, for a mail. */
    String link(String path) {
        return baseUrl + path;
    }

    /** Mails {@code body} to those of {@code recipients} that have an address, under the subject of {@code what}. */
    void send(List<Recipient> recipients, String what, String body) {
        List<String> addresses = recipients.stream().map(Recipient::email).filter(Objects::nonNull).toList();
        mailer.send(addresses, text("notice.mail.subject", what), body);
    }
}
