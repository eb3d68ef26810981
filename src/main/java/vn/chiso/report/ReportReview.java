package vn.chiso.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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

    private final JdbcTemplate jdbc;
    private final ProgressReports reports;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportReview(JdbcTemplate jdbc, ProgressReports reports, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.clock = clock;
        this.events = events;
    }

    public void accept(long reportId, CurrentUser coordinator) {
        Instant now = move(reportId, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, null, coordinator);
        events.publishEvent(ReportAccepted.of(reports.header(reportId), coordinator.fullName(), now));
    }

    public void returnToUnit(long reportId, String comment, CurrentUser coordinator) {
        String required = required(comment, "report.return.commentRequired");
        Instant now = move(reportId, ReportStatus.SUBMITTED, ReportStatus.RETURNED, required, coordinator);
        events.publishEvent(ReportReturned.of(reports.header(reportId), required, coordinator.fullName(), now, false));
    }

    public void reopen(long reportId, String reason, CurrentUser coordinator) {
        String required = required(reason, "report.reopen.reasonRequired");
        Instant now = move(reportId, ReportStatus.ACCEPTED, ReportStatus.RETURNED, required, coordinator);
        events.publishEvent(ReportReturned.of(reports.header(reportId), required, coordinator.fullName(), now, true));
    }

    /** Returns when the report moved. */
    private Instant move(long reportId, ReportStatus from, ReportStatus to, String comment, CurrentUser coordinator) {
        reports.header(reportId);
        Instant now = clock.instant();
        int moved = jdbc.update("""
                update progress_report set status = ?, review_comment = ?, reviewed_by = ?,
                    reviewed_at = ?, version = version + 1 where id = ? and status = ?
                """, to.name(), comment, coordinator.fullName(), Timestamp.from(now), reportId, from.name());
        if (moved == 0) {
            // someone else reviewed it first, or the unit has not submitted it (again)
            throw new RuleViolationException(null, "report.review.stale");
        }
        return now;
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
