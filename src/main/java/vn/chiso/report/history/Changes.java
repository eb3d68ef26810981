package vn.chiso.report.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.chiso.report.EntryStatus;
import vn.chiso.shared.Formats;

/** What changed between two snapshots of a report, in the words a reader would use. */
final class Changes {

    private Changes() {
    }

    static List<Change> between(Snapshot before, Snapshot after, Formats formats) {
        List<Change> changes = new ArrayList<>();
        if (before == null) {
            changes.add(new Change("report.change.first"));
            return changes;
        }
        if (!Objects.equals(before.documentNumber(), after.documentNumber())
                || !Objects.equals(before.documentDate(), after.documentDate())) {
            changes.add(new Change("report.change.document", text(after.documentNumber()),
                    after.documentDate() == null ? "—" : formats.date(after.documentDate())));
        }
        if (!Objects.equals(before.subject(), after.subject())) {
            changes.add(new Change("report.change.subject", text(after.subject())));
        }
        if (!Objects.equals(before.addressee(), after.addressee())) {
            changes.add(new Change("report.change.addressee", text(after.addressee())));
        }
        if (!Objects.equals(before.signerTitle(), after.signerTitle())
                || !Objects.equals(before.signerName(), after.signerName())) {
            changes.add(new Change("report.change.signer", text(oneLine(after.signerTitle())),
                    text(after.signerName())));
        }
        if (!Objects.equals(before.recipients(), after.recipients())) {
            changes.add(new Change("report.change.recipients", text(String.join(" ", after.recipientLines()))));
        }
        signedDocument(before.signedDocument(), after.signedDocument(), changes);
        Map<Long, Snapshot.Entry> earlier = before.entries().stream()
                .collect(Collectors.toMap(Snapshot.Entry::taskId, Function.identity()));
        for (Snapshot.Entry entry : after.entries()) {
            Snapshot.Entry old = earlier.get(entry.taskId());
            compare(old, entry, changes);
        }
        return changes;
    }

    private static void compare(Snapshot.Entry old, Snapshot.Entry entry, List<Change> changes) {
        String section = entry.section();
        EntryStatus oldStatus = old == null ? EntryStatus.NOT_STARTED : old.status();
        if (oldStatus != entry.status()) {
            changes.add(new Change("report.change.status", section, label(oldStatus), label(entry.status())));
        }
        if (!Objects.equals(old == null ? null : old.percent(), entry.percent()) && entry.percent() != null) {
            changes.add(new Change("report.change.percent", section, entry.percent()));
        }
        if (!Objects.equals(blankToNull(old == null ? null : old.done()), blankToNull(entry.done()))) {
            changes.add(new Change("report.change.done", section));
        }
        if (!Objects.equals(blankToNull(old == null ? null : old.explanation()), blankToNull(entry.explanation()))) {
            changes.add(new Change("report.change.explanation", section));
        }
        List<Snapshot.File> oldFiles = old == null ? List.of() : old.files();
        entry.files().stream().filter(file -> !oldFiles.contains(file))
                .forEach(file -> changes.add(new Change("report.change.fileAdded", section, file.name())));
        oldFiles.stream().filter(file -> !entry.files().contains(file))
                .forEach(file -> changes.add(new Change("report.change.fileRemoved", section, file.name())));
    }

    private static void signedDocument(Snapshot.File before, Snapshot.File after, List<Change> changes) {
        if (Objects.equals(before, after)) {
            return;
        }
        if (after == null) {
            changes.add(new Change("report.change.signedRemoved", before.name()));
        } else if (before == null) {
            changes.add(new Change("report.change.signedAdded", after.name()));
        } else {
            changes.add(new Change("report.change.signedReplaced", before.name(), after.name()));
        }
    }

    private static String oneLine(String text) {
        return text == null ? null : String.join(" / ", text.lines().map(String::strip).toList());
    }

    private static DefaultMessageSourceResolvable label(EntryStatus status) {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
