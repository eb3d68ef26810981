package vn.chiso.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chiso.assessment.AppraisalAnswered;
import vn.chiso.assessment.AssessmentSent;
import vn.chiso.report.ReportSubmitted;
import vn.chiso.user.Role;

/**
 * Writes a notice for every active coordinator when a unit sends something, inside the transaction that sends it: the
 * notices exist exactly when the submission does (a refused or rolled-back submission leaves none, and no crash
 * between the two can lose them), at the cost of one statement in that transaction.
 */
// Synchronous @EventListener, not @ApplicationModuleListener: the queue's count and the notices are right on the very
// next page, and they need no publication in event_publication to survive a crash.
@Component
class CoordinatorNotices {

    private final Notices notices;
    private final StartUp startUp;

    CoordinatorNotices(Notices notices, StartUp startUp) {
        this.notices = notices;
        this.startUp = startUp;
    }

    @EventListener
    void on(ReportSubmitted report) {
        tell(Alert.of(report));
    }

    @EventListener
    void on(AssessmentSent assessment) {
        tell(Alert.of(assessment));
    }

    @EventListener
    void on(AppraisalAnswered answer) {
        tell(Alert.of(answer));
    }

    private void tell(Alert alert) {
        if (startUp.over()) {
            notices.tellEvery(Role.COORDINATOR, alert);
        }
    }
}
