package vn.chiso.notification;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.chiso.assessment.AppraisalAnswered;
import vn.chiso.assessment.AssessmentSent;
import vn.chiso.mail.Mailer;
import vn.chiso.report.ReportSubmitted;
import vn.chiso.user.Recipient;
import vn.chiso.user.UserService;

/**
 * Mails the active coordinators when a unit sends something, once the sending transaction has committed and on
 * another thread: a slow or failing mail server never holds the officer's page nor undoes what they sent, and a
 * submission that is rolled back mails nobody. The mail lands in the outbox in any case.
 */
@Component
class CoordinatorMails {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Mailer mailer;
    private final UserService users;
    private final MessageSource messages;
    private final TaskExecutor executor;
    private final StartUp startUp;
    private final String baseUrl;

    CoordinatorMails(Mailer mailer, UserService users, MessageSource messages,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, StartUp startUp,
            @Value("${chiso.reminders.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.users = users;
        this.messages = messages;
        this.executor = executor;
        this.startUp = startUp;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener
    void on(ReportSubmitted report) {
        send(Alert.of(report));
    }

    @TransactionalEventListener
    void on(AssessmentSent assessment) {
        send(Alert.of(assessment));
    }

    @TransactionalEventListener
    void on(AppraisalAnswered answer) {
        send(Alert.of(answer));
    }

    private void send(Alert alert) {
        if (startUp.over()) {
            executor.execute(() -> mail(alert));
        }
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
