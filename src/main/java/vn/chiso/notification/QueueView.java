package vn.chiso.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.chiso.assessment.WaitingAssessment;
import vn.chiso.report.WaitingReport;

/**
 * Everything waiting for the coordinators, each list the longest waiting first.
 *
 * @param reports    submitted reports to review
 * @param appraisals assessments sent for appraisal
 * @param responses  units' answers to returned appraisals, for the coordinator to close
 * @param overdue    returned appraisals whose answer is overdue, which the coordinator may close without it
 * @param today      the day in Vietnam, for how long an answer is overdue
 */
record QueueView(List<WaitingReport> reports, List<WaitingAssessment> appraisals, List<WaitingAssessment> responses,
        List<WaitingAssessment> overdue, LocalDate today) {

    /** The days since the last day of the unit's answer. */
    public long daysOverdue(WaitingAssessment returned) {
        return ChronoUnit.DAYS.between(returned.responseDue(), today);
    }

    public long total() {
        return reports.size() + appraisals.size() + responses.size() + overdue.size();
    }
}
