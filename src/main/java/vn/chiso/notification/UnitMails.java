package vn.chiso.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.chiso.assessment.AppraisalReturned;

/**
 * Mails the active officers of the unit whose appraisal Sở Nội vụ returned to it, after the returning transaction
 * has committed, as {@link CoordinatorMails} mails the coordinators: another thread, a transaction of its own, the
 * event kept in {@code event_publication} until the mail is written.
 */
@Component
class UnitMails {

    private final AlertMails mails;
    private final Recipients recipients;

    UnitMails(AlertMails mails, Recipients recipients) {
        this.mails = mails;
        this.recipients = recipients;
    }

    @ApplicationModuleListener(condition = StartUp.OVER)
    void on(AppraisalReturned returned) {
        Alert alert = Alert.of(returned);
        String what = mails.what(alert);
        mails.send(recipients.officersOf(returned.unitId()), what, mails.text("notice.mail.returned.body",
                returned.unitName(), what, returned.comment(), returned.returnedBy(), mails.link(alert.link())));
    }
}
