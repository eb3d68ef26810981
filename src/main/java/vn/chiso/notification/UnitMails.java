package vn.chiso.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chiso.assessment.AppraisalReturned;
import vn.chiso.mail.Mailer;
import vn.chiso.user.Recipient;

/**
 * Mails the active officers of the unit whose appraisal Sở Nội vụ returned to it, after the returning transaction
 * has committed, as {@link CoordinatorMails} mails the coordinators: another thread, a transaction of its own, the
 * event kept in {@code event_publication} until the mail is written.
 */
@Component
class UnitMails {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Mailer mailer;
    private final Recipients recipients;
    private final MessageSource messages;
    private final String baseUrl;

    UnitMails(Mailer mailer, Recipients recipients, MessageSource messages,
            @Value("${chiso.reminders.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.recipients = recipients;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(condition = StartUp.OVER)
    void on(AppraisalReturned returned) {
        Alert alert = Alert.of(returned);
        List<String> addresses = recipients.officersOf(returned.unitId()).stream().map(Recipient::email)
                .filter(Objects::nonNull).toList();
        String what = text(alert.kind().messageKey(), alert.arguments());
        mailer.send(addresses, text("notice.mail.subject", what), text("notice.mail.returned.body",
                returned.unitName(), what, returned.comment(), returned.returnedBy(), baseUrl + alert.link()));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
