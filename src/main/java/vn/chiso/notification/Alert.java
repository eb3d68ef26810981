package vn.chiso.notification;

import vn.chiso.assessment.AppraisalAnswered;
import vn.chiso.assessment.AssessmentSent;
import vn.chiso.report.ReportSubmitted;

/**
 * One of the events the coordinators are told about, in the words of a notice: who sent what, and the page on which
 * a coordinator acts on it (the review of the report, the appraisal of the assessment).
 */
record Alert(NoticeKind kind, String unitName, String planNumber, String periodLabel, Integer year, boolean late,
        boolean resubmitted, String link) {

    static Alert of(ReportSubmitted report) {
        return new Alert(NoticeKind.REPORT_SUBMITTED, report.unitName(), report.planNumber(), report.periodLabel(),
                null, !report.onTime(), report.resubmitted(), "/reports/" + report.reportId());
    }

    static Alert of(AssessmentSent assessment) {
        return new Alert(NoticeKind.ASSESSMENT_SENT, assessment.unitName(), null, null, assessment.year(),
                assessment.late(), false, appraisal(assessment.year(), assessment.unitId()));
    }

    static Alert of(AppraisalAnswered answer) {
        return new Alert(NoticeKind.APPRAISAL_ANSWERED, answer.unitName(), null, null, answer.year(), false, false,
                appraisal(answer.year(), answer.unitId()));
    }

    /** The arguments of the kind's sentence. */
    Object[] arguments() {
        return new Object[] {unitName, planNumber, periodLabel, year};
    }

    private static String appraisal(int year, long unitId) {
        return "/assessments/" + year + "/units/" + unitId + "/appraisal";
    }
}
