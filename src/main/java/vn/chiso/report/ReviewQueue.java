package vn.chiso.report;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports waiting for a coordinator's review, across plans and periods: one statement, whatever their number. */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

    /**
     * How many reports wait for review, as a scalar subquery without parameters, so that the menu's count can add it
     * to the other modules' in one statement.
     */
    public static final String WAITING_COUNT_SQL = ReportRepository.WAITING_COUNT_SQL;

    private final ReportRepository reports;
    private final Clock clock;

    ReviewQueue(ReportRepository reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    /** Oldest submission first: the one that has waited longest. Lateness is the first submission's, in Vietnam. */
    public List<WaitingReport> waiting() {
        return reports.waiting(clock.getZone());
    }
}
