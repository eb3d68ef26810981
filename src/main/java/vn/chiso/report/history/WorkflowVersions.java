package vn.chiso.report.history;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.chiso.report.ProgressReports;
import vn.chiso.report.ReportAccepted;
import vn.chiso.report.ReportEvent;
import vn.chiso.report.ReportReturned;
import vn.chiso.report.ReportSubmitted;

/**
 * A version for every step of a report's workflow (submitted, returned, reopened, accepted), written on the report's
 * own events. Synchronous, in the publishing transaction: the step and its version commit or roll back together, so
 * no version is ever lost. Saves by hand and automatic ones are no events and record their versions themselves.
 */
@Component
class WorkflowVersions {

    private final ProgressReports reports;
    private final ReportVersions versions;

    WorkflowVersions(ProgressReports reports, ReportVersions versions) {
        this.reports = reports;
        this.versions = versions;
    }

    @EventListener
    void on(ReportSubmitted submitted) {
        versions.record(reports.get(submitted.reportId()), ReportEvent.SUBMITTED, submitted.submittedBy(), null,
                submitted.submittedAt());
    }

    @EventListener
    void on(ReportReturned returned) {
        versions.record(reports.get(returned.reportId()), returned.reopened() ? ReportEvent.REOPENED
                : ReportEvent.RETURNED, returned.returnedBy(), returned.comment(), returned.returnedAt());
    }

    @EventListener
    void on(ReportAccepted accepted) {
        versions.record(reports.get(accepted.reportId()), ReportEvent.ACCEPTED, accepted.acceptedBy(), null,
                accepted.acceptedAt());
    }
}
