package vn.chiso.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chiso.assessment.AppraisalReturned;

/**
 * Writes a notice for every active officer of the unit whose appraisal Sở Nội vụ returned to it, inside the
 * returning transaction, as {@link CoordinatorNotices} does for what units send.
 */
@Component
class UnitNotices {

    private final Notices notices;
    private final Recipients recipients;
    private final StartUp startUp;

    UnitNotices(Notices notices, Recipients recipients, StartUp startUp) {
        this.notices = notices;
        this.recipients = recipients;
        this.startUp = startUp;
    }

    @EventListener
    void on(AppraisalReturned returned) {
        if (startUp.over()) {
            notices.tell(recipients.officersOf(returned.unitId()), Alert.of(returned));
        }
    }
}
