package vn.chiso.report.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.chiso.report.ReportEvent;
import vn.chiso.report.ReportView;
import vn.chiso.shared.Formats;
import vn.chiso.shared.NotFoundException;

/**
 * Every version of a report, with its whole content. The automatic saves of one person following one another within
 * a quarter of an hour make one version, not hundreds; every save by hand, submission, return, acceptance and
 * reopening makes its own.
 */
@Service
@Transactional(readOnly = true)
public class ReportVersions {

    private static final Duration AUTOSAVES_MERGE_WITHIN = Duration.ofMinutes(15);

    private final VersionRepository versions;
    private final JsonMapper json;
    private final Formats formats;

    ReportVersions(VersionRepository versions, JsonMapper json, Formats formats) {
        this.versions = versions;
        this.json = json;
        this.formats = formats;
    }

    /** Records the report as {@code report} holds it, which the caller has in hand: nothing is read again. */
    @Transactional
    public void record(ReportView report, ReportEvent event, String actor, String comment, Instant at) {
        long reportId = report.header().id();
        String snapshot = json.writeValueAsString(Snapshot.of(report));
        // an automatic save replaces the latest version only when that one is an automatic save of the same person
        if (event == ReportEvent.AUTOSAVED
                && versions.replaceAutosave(reportId, actor, at.minus(AUTOSAVES_MERGE_WITHIN), at, snapshot)) {
            return;
        }
        versions.add(reportId, event, actor, comment, at, snapshot);
    }

    /** Every version, newest first, each with what changed since the one before. */
    public List<VersionView> of(long reportId) {
        List<VersionView> views = new ArrayList<>();
        Snapshot previous = null;
        for (VersionRepository.VersionRow row : versions.of(reportId)) {
            Snapshot snapshot = json.readValue(row.snapshot(), Snapshot.class);
            views.add(0, new VersionView(row.number(), row.event(), row.actor(), row.at(), row.comment(),
                    Changes.between(previous, snapshot, formats)));
            previous = snapshot;
        }
        return views;
    }

    public Snapshot snapshot(long reportId, int number) {
        return versions.snapshot(reportId, number).map(snapshot -> json.readValue(snapshot, Snapshot.class))
                .orElseThrow(() -> new NotFoundException("Report version", number));
    }
}
