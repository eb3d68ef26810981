package vn.chiso.report.history;

import java.time.LocalDate;
import java.util.List;

import vn.chiso.report.EntryStatus;
import vn.chiso.report.ReportHeader;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.ReportView;

/**
 * A report's whole content at one moment, as a version keeps it. Versions kept before reports had a subject, a signer,
 * a distribution list and a signed document read those as null.
 */
public record Snapshot(ReportStatus status, String documentNumber, LocalDate documentDate, String addressee,
        List<Entry> entries, String subject, String signerTitle, String signerName, String recipients,
        File signedDocument) {

    public record Entry(long taskId, String section, String task, EntryStatus status, Integer percent, String done,
            String explanation, List<File> files) {
    }

    public record File(long id, String name) {
    }

    static Snapshot of(ReportView report) {
        ReportHeader header = report.header();
        return new Snapshot(header.status(), header.documentNumber(), header.documentDate(), header.addressee(),
                report.entries().stream()
                .map(entry -> new Entry(entry.task().id(), entry.task().section(), entry.task().text(), entry.status(),
                        entry.percent(), entry.done(), entry.explanation(), entry.evidence().stream()
                        .map(file -> new File(file.id(), file.fileName())).toList()))
                .toList(), header.subject(), header.signerTitle(), header.signerName(), header.recipients(),
                report.signedDocument() == null ? null
                        : new File(report.signedDocument().id(), report.signedDocument().fileName()));
    }

    public List<String> signerTitleLines() {
        return lines(signerTitle);
    }

    public List<String> recipientLines() {
        return lines(recipients);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
