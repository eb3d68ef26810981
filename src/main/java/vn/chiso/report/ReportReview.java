package vn.chiso.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.report.history.ReportVersions;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.user.CurrentUser;

/**
 * A coordinator's review: accept a submitted report (which locks it), return it with a comment, or reopen an
 * accepted one with a reason. Each makes a version.
 */
@Service
@Transactional
public class ReportReview {

    private final JdbcTemplate jdbc;
    private final ProgressReports reports;
    private final ReportVersions versions;
    private final Clock clock;

    ReportReview(JdbcTemplate jdbc, ProgressReports reports, ReportVersions versions, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.versions = versions;
        this.clock = clock;
    }

    public void accept(long reportId, CurrentUser coordinator) {
        move(reportId, ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, ReportEvent.ACCEPTED, null, coordinator);
    }

    public void returnToUnit(long reportId, String comment, CurrentUser coordinator) {
        move(reportId, ReportStatus.SUBMITTED, ReportStatus.RETURNED, ReportEvent.RETURNED,
                required(comment, "report.return.commentRequired"), coordinator);
    }

    public void reopen(long reportId, String reason, CurrentUser coordinator) {
        move(reportId, ReportStatus.ACCEPTED, ReportStatus.RETURNED, ReportEvent.REOPENED,
                required(reason, "report.reopen.reasonRequired"), coordinator);
    }

    private void move(long reportId, ReportStatus from, ReportStatus to, ReportEvent event, String comment,
            CurrentUser coordinator) {
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
        versions.record(reports.get(reportId), event, coordinator.fullName(), comment, now);
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
