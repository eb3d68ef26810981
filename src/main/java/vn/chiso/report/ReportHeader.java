package vn.chiso.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A report without its entries: whose it is, for which plan and period, the unit's document (number, date, subject,
 * addressee, signer and distribution list), where it stands in review and whether its first
 * submission was on time.
 *
 * @param subject what follows "V/v" under the document number; may be null
 * @param signerTitle one line or several ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"); may be null
 * @param recipients the "Nơi nhận" lines, one a line; may be null
 */
public record ReportHeader(long id, long planId, String planNumber, String planTitle, LocalDate planIssueDate,
        long periodId, String periodLabel, LocalDate deadline, long unitId, String unitName, ReportStatus status,
        String documentNumber, LocalDate documentDate, String addressee, Instant firstSubmittedAt, Boolean onTime,
        Instant submittedAt, String reviewComment, String reviewedBy, Instant reviewedAt, String updatedBy,
        Instant updatedAt, int version, String subject, String signerTitle, String signerName, String recipients) {

    public boolean submitted() {
        return firstSubmittedAt != null;
    }

    public List<String> signerTitleLines() {
        return lines(signerTitle);
    }

    public List<String> recipientLines() {
        return lines(recipients);
    }

    /** This header once {@code document} is saved over it: a version more. */
    ReportHeader saved(ReportDocument document, String actor, Instant at) {
        return new ReportHeader(id, planId, planNumber, planTitle, planIssueDate, periodId, periodLabel, deadline,
                unitId, unitName, status, document.number(), document.date(), document.addressee(), firstSubmittedAt,
                onTime, submittedAt, reviewComment, reviewedBy, reviewedAt, actor, at, version + 1, document.subject(),
                document.signerTitle(), document.signerName(), document.recipients());
    }

    /**
     * This header once sent for review: a version more. The first submission decides for good whether the unit
     * reported on time, {@code onTimeNow} only when this is it.
     */
    ReportHeader submitted(boolean onTimeNow, String actor, Instant at) {
        return new ReportHeader(id, planId, planNumber, planTitle, planIssueDate, periodId, periodLabel, deadline,
                unitId, unitName, ReportStatus.SUBMITTED, documentNumber, documentDate, addressee,
                firstSubmittedAt == null ? at : firstSubmittedAt, onTime == null ? onTimeNow : onTime, at,
                reviewComment, reviewedBy, reviewedAt, actor, at, version + 1, subject, signerTitle, signerName,
                recipients);
    }

    /** This header once a coordinator moved it to {@code to}: a version more. */
    ReportHeader reviewed(ReportStatus to, String comment, String reviewer, Instant at) {
        return new ReportHeader(id, planId, planNumber, planTitle, planIssueDate, periodId, periodLabel, deadline,
                unitId, unitName, to, documentNumber, documentDate, addressee, firstSubmittedAt, onTime, submittedAt,
                comment, reviewer, at, updatedBy, updatedAt, version + 1, subject, signerTitle, signerName,
                recipients);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }
}
