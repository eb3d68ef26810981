package vn.chiso.report;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * A coordinator's review: accept a submitted report (which locks it), return it with a comment, or reopen an
 * accepted one with a reason. Each publishes {@link ReportAccepted} or {@link ReportReturned} in its transaction, and
 * the report's history makes a version of it there ({@code history.WorkflowVersions}).
 */
@Service
@Transactional
public class ReportReview {

    private final ReportRepository headers;
    private final ProgressReports reports;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportReview(ReportRepository headers, ProgressReports reports, Clock clock, ApplicationEventPublisher events) {
        this.headers = headers;
        this.reports = reports;
        this.clock = clock;
        this.events = events;
    }

    public void accept(long reportId, CurrentUser coordinator) {
        ReportHeader moved = move(reportId, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, null, coordinator);
        events.publishEvent(ReportAccepted.of(moved, coordinator.fullName(), moved.reviewedAt()));
    }

    public void returnToUnit(long reportId, String comment, CurrentUser coordinator) {
        String required = required(comment, "report.return.commentRequired");
        ReportHeader moved = move(reportId, ReportStatus.SUBMITTED, ReportStatus.RETURNED, required, coordinator);
        events.publishEvent(ReportReturned.of(moved, required, coordinator.fullName(), moved.reviewedAt(), false));
    }

    public void reopen(long reportId, String reason, CurrentUser coordinator) {
        String required = required(reason, "report.reopen.reasonRequired");
        ReportHeader moved = move(reportId, ReportStatus.ACCEPTED, ReportStatus.RETURNED, required, coordinator);
        events.publishEvent(ReportReturned.of(moved, required, coordinator.fullName(), moved.reviewedAt(), true));
    }

    /**
     * Moves the report and returns its header as moved; the report as it now stands is held for the history, which
     * records its version on the event that follows.
     */
    private ReportHeader move(long reportId, ReportStatus from, ReportStatus to, String comment,
            CurrentUser coordinator) {
        ReportHeader header = headers.lock(reportId).orElseThrow(() -> new NotFoundException("Report", reportId));
        Instant now = clock.instant();
        if (header.status() != from || !headers.review(reportId, from, to, comment, coordinator.fullName(), now)) {
            // someone else reviewed it first, or the unit has not submitted it (again)
            throw new RuleViolationException(null, "report.review.stale");
        }
        ReportView moved = reports.view(header.reviewed(to, comment, coordinator.fullName(), now));
        reports.hold(moved);
        return moved.header();
    }

    private static String required(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("comment", messageKey);
        }
        if (text.length() > 5000) {
            throw new RuleViolationException("comment", "report.comment.size");
        }
        return text.strip();
    }
}
