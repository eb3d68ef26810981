package vn.chiso.report;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.chiso.shared.DateFormatter;

/**
 * What an officer types into a report. The date and percentages stay text until saved, so that a mistyped value
 * comes back as typed with its message instead of vanishing.
 *
 * @param removeEvidence ids of the files the officer ticked for removal
 */
public record ReportForm(
        @Size(max = 50, message = "{report.documentNumber.size}") String documentNumber,
        String documentDate,
        @Size(max = 255, message = "{report.addressee.size}") String addressee,
        Integer version,
        List<@Valid EntryForm> entries,
        List<Long> removeEvidence) {

    public ReportForm {
        entries = entries == null ? new ArrayList<>() : entries;
        removeEvidence = removeEvidence == null ? new ArrayList<>() : removeEvidence;
    }

    public static ReportForm of(ReportView report) {
        ReportHeader header = report.header();
        List<EntryForm> entries = report.entries().stream().map(EntryForm::of).toList();
        return new ReportForm(header.documentNumber(),
                header.documentDate() == null ? "" : new DateFormatter().print(header.documentDate(), null),
                header.addressee(), header.version(), new ArrayList<>(entries), new ArrayList<>());
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
