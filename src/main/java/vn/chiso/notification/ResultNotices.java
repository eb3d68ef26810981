package vn.chiso.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chiso.index.ResultsPublished;

/**
 * Writes a notice for every active leader and coordinator when an index's results for a year are published, inside
 * the transaction that saves them, leading to the index's page at that year. What the demo loader imports before the
 * start is nobody's news.
 */
@Component
class ResultNotices {

    private final Notices notices;
    private final Recipients recipients;
    private final StartUp startUp;

    ResultNotices(Notices notices, Recipients recipients, StartUp startUp) {
        this.notices = notices;
        this.recipients = recipients;
        this.startUp = startUp;
    }

    @EventListener
    void on(ResultsPublished results) {
        if (startUp.over()) {
            notices.tell(recipients.leadersAndCoordinators(), Alert.of(results));
        }
    }
}
