package vn.chiso.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chiso.assessment.AppraisalAnswered;
import vn.chiso.assessment.AssessmentSent;
import vn.chiso.mail.Mailer;
import vn.chiso.report.ReportSubmitted;
import vn.chiso.user.Recipient;
import vn.chiso.user.UserService;

/**
 * Mails the active coordinators when a unit sends something, once the sending transaction has committed, on another
 * thread and in a transaction of its own ({@link ApplicationModuleListener}): a slow or failing mail server never
 * holds the officer's page nor undoes what they sent, and a submission that is rolled back mails nobody. The mail
 * lands in the outbox in any case. Each event is kept in {@code event_publication} until its mail is written, and
 * one the application stopped or crashed before mailing is mailed when it starts again.
 * <p>
 * What the demo loader submits before the application has started is nobody's news: the condition, checked when the
 * event is published, leaves it without publication and without mail.
 */
@Component
class CoordinatorMails {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Mailer mailer;
    private final UserService users;
    private final MessageSource messages;
    private final String baseUrl;

    CoordinatorMails(Mailer mailer, UserService users, MessageSource messages,
            @Value("${chiso.reminders.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.users = users;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    @ApplicationModuleListener(condition = StartUp.OVER)
    void on(ReportSubmitted report) {
        mail(Alert.of(report));
    }

    @ApplicationModuleListener(condition = StartUp.OVER)
    void on(AssessmentSent assessment) {
        mail(Alert.of(assessment));
    }

    @ApplicationModuleListener(condition = StartUp.OVER)
    void on(AppraisalAnswered answer) {
        mail(Alert.of(answer));
    }

    private void mail(Alert alert) {
        List<String> addresses = users.activeCoordinators().stream().map(Recipient::email)
                .filter(Objects::nonNull).toList();
        String what = text(alert.kind().messageKey(), alert.arguments());
        StringBuilder remarks = new StringBuilder();
        if (alert.late()) {
            remarks.append(text("notice.mail.late")).append('\n');
        }
        if (alert.resubmitted()) {
            remarks.append(text("notice.mail.resubmitted")).append('\n');
        }
        mailer.send(addresses, text("notice.mail.subject", what),
                text("notice.mail.body", what, remarks, baseUrl + alert.link(), baseUrl + "/queue"));
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, VIETNAMESE);
    }
}
