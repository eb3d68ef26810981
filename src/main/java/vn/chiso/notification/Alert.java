package vn.chiso.notification;

import vn.chiso.assessment.AppraisalAnswered;
import vn.chiso.assessment.AppraisalReturned;
import vn.chiso.assessment.AssessmentSent;
import vn.chiso.index.ResultsPublished;
import vn.chiso.report.ReportSubmitted;

/**
 * One of the events people are told about, in the words of a notice: who sent what, and the page on which the
 * reader acts on it (the review of the report, the appraisal of the assessment, the unit's answer to the appraisal
 * returned to it, the index's results).
 */
record Alert(NoticeKind kind, String unitName, String planNumber, String periodLabel, Integer year, String indexCode,
        boolean late, boolean resubmitted, String link) {

    static Alert of(ReportSubmitted report) {
        return new Alert(NoticeKind.REPORT_SUBMITTED, report.unitName(), report.planNumber(), report.periodLabel(),
                null, null, !report.onTime(), report.resubmitted(), "/reports/" + report.reportId());
    }

    static Alert of(AssessmentSent assessment) {
        return new Alert(NoticeKind.ASSESSMENT_SENT, assessment.unitName(), null, null, assessment.year(), null,
                assessment.late(), false, appraisal(assessment.year(), assessment.unitId()));
    }

    static Alert of(AppraisalAnswered answer) {
        return new Alert(NoticeKind.APPRAISAL_ANSWERED, answer.unitName(), null, null, answer.year(), null, false,
                false, appraisal(answer.year(), answer.unitId()));
    }

    /** For the unit's officers: their assessment's page, where they answer the appraisal. */
    static Alert of(AppraisalReturned returned) {
        return new Alert(NoticeKind.APPRAISAL_RETURNED, returned.unitName(), null, null, returned.year(), null, false,
                false, "/assessments/" + returned.year() + "/units/" + returned.unitId());
    }

    /** The index's page, open at the year published. */
    static Alert of(ResultsPublished results) {
        return new Alert(NoticeKind.RESULTS_PUBLISHED, null, null, null, results.year(), results.indexCode(), false,
                false, "/indices/" + results.indexCode() + "?year=" + results.year());
    }

    /** The arguments of the kind's sentence. */
    Object[] arguments() {
        return Notice.arguments(unitName, planNumber, periodLabel, year, indexCode);
    }

    private static String appraisal(int year, long unitId) {
        return "/assessments/" + year + "/units/" + unitId + "/appraisal";
    }
}
