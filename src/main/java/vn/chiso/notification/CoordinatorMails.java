package vn.chiso.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chiso.assessment.AppraisalAnswered;
import vn.chiso.assessment.AssessmentSent;
import vn.chiso.report.ReportSubmitted;
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

    private final AlertMails mails;
    private final UserService users;

    CoordinatorMails(AlertMails mails, UserService users) {
        this.mails = mails;
        this.users = users;
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
        String what = mails.what(alert);
        StringBuilder remarks = new StringBuilder();
        if (alert.late()) {
            remarks.append(mails.text("notice.mail.late")).append('\n');
        }
        if (alert.resubmitted()) {
            remarks.append(mails.text("notice.mail.resubmitted")).append('\n');
        }
        mails.send(users.activeCoordinators(), what, mails.text("notice.mail.body", what, remarks,
                mails.link(alert.link()), mails.link("/queue")));
    }
}
