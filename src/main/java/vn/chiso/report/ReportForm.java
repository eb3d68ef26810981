package vn.chiso.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.chiso.shared.DateFormatter;

/**
 * What an officer types into a report: the unit's document as it is signed (number, date, subject, addressee,
 * signer, distribution list) and one entry per task. The date and percentages stay text until saved, so that a
 * mistyped value comes back as typed with its message instead of vanishing.
 *
 * @param subject what follows "V/v" under the number
 * @param signerTitle one line, or two such as "KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"
 * @param recipients the "Nơi nhận" list, one recipient a line
 * @param removeEvidence ids of the files the officer ticked for removal
 * @param removeSignedDocument whether the officer ticked the signed PDF for removal
 */
public record ReportForm(
        @Size(max = 50, message = "{report.documentNumber.size}") String documentNumber,
        String documentDate,
        @Size(max = 500, message = "{report.subject.size}") String subject,
        @Size(max = 255, message = "{report.addressee.size}") String addressee,
        @Size(max = 255, message = "{report.signerTitle.size}") String signerTitle,
        @Size(max = 255, message = "{report.signerName.size}") String signerName,
        @Size(max = 2000, message = "{report.recipients.size}") String recipients,
        Integer version,
        List<@Valid EntryForm> entries,
        List<Long> removeEvidence,
        Boolean removeSignedDocument) {

    public ReportForm {
        // a list posted with a gap (entries[0] and entries[2] only) binds a null in between: it says nothing
        entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries.stream().filter(Objects::nonNull)
                .toList());
        removeEvidence = removeEvidence == null ? new ArrayList<>() : removeEvidence;
        // a form without the box (a draft saved automatically, a post by a program) removes nothing
        removeSignedDocument = Boolean.TRUE.equals(removeSignedDocument);
    }

    /** A form of the number, date, addressee and entries only, the rest of the document left blank. */
    public ReportForm(String documentNumber, String documentDate, String addressee, Integer version,
            List<EntryForm> entries, List<Long> removeEvidence) {
        this(documentNumber, documentDate, null, addressee, null, null, null, version, entries, removeEvidence,
                false);
    }

    public static ReportForm of(ReportView report) {
        ReportHeader header = report.header();
        List<EntryForm> entries = report.entries().stream().map(EntryForm::of).toList();
        return new ReportForm(header.documentNumber(),
                header.documentDate() == null ? "" : new DateFormatter().print(header.documentDate(), null),
                header.subject(), header.addressee(), header.signerTitle(), header.signerName(), header.recipients(),
                header.version(), new ArrayList<>(entries), new ArrayList<>(), false);
    }

    /**
     * This form with one entry per task of the report, in the report's order, so that the n-th entry is the n-th
     * task's whatever order or gaps the entries were posted in: a task without a posted entry gets what is stored.
     */
    public ReportForm alignedTo(ReportView report) {
        Map<Long, EntryForm> posted = new HashMap<>();
        entries.stream().filter(entry -> entry.taskId() != null).forEach(entry -> posted.putIfAbsent(entry.taskId(),
                entry));
        List<EntryForm> aligned = report.entries().stream()
                .map(entry -> posted.getOrDefault(entry.task().id(), EntryForm.of(entry))).toList();
        return new ReportForm(documentNumber, documentDate, subject, addressee, signerTitle, signerName, recipients,
                version, new ArrayList<>(aligned), removeEvidence, removeSignedDocument);
    }

    /** One task's entry. */
    public record EntryForm(
            Long taskId,
            EntryStatus status,
            @Size(max = 20000, message = "{report.entry.done.size}") String done,
            String percent,
            @Size(max = 5000, message = "{report.entry.explanation.size}") String explanation) {

        static EntryForm of(EntryView entry) {
            return new EntryForm(entry.task().id(), entry.status(), entry.done(),
                    entry.percent() == null ? "" : entry.percent().toString(), entry.explanation());
        }
    }
}
