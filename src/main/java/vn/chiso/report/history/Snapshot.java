package vn.chiso.report.history;

import java.time.LocalDate;
import java.util.List;

import vn.chiso.report.EntryStatus;
import vn.chiso.report.ReportStatus;
import vn.chiso.report.ReportView;

/** A report's whole content at one moment, as a version keeps it. */
public record Snapshot(ReportStatus status, String documentNumber, LocalDate documentDate, String addressee,
        List<Entry> entries) {

    public record Entry(long taskId, String section, String task, EntryStatus status, Integer percent, String done,
            String explanation, List<File> files) {
    }

    public record File(long id, String name) {
    }

    static Snapshot of(ReportView report) {
        return new Snapshot(report.header().status(), report.header().documentNumber(),
                report.header().documentDate(), report.header().addressee(), report.entries().stream()
                .map(entry -> new Entry(entry.task().id(), entry.task().section(), entry.task().text(), entry.status(),
                        entry.percent(), entry.done(), entry.explanation(), entry.evidence().stream()
                        .map(file -> new File(file.id(), file.fileName())).toList()))
                .toList());
    }
}
