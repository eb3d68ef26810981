package vn.chiso.report.history;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Formats formats;

    ReportVersions(JdbcTemplate jdbc, JsonMapper json, Formats formats) {
        this.jdbc = jdbc;
        this.json = json;
        this.formats = formats;
    }

    @Transactional
    public void record(ReportView report, ReportEvent event, String actor, String comment, Instant at) {
        long reportId = report.header().id();
        String snapshot = json.writeValueAsString(Snapshot.of(report));
        // an automatic save replaces the latest version only when that one is an automatic save of the same person
        if (event == ReportEvent.AUTOSAVED && jdbc.update("""
                update report_version set at = ?, snapshot = ?::jsonb
                where report_id = ? and event = 'AUTOSAVED' and actor = ? and at > ?
                  and number = (select max(number) from report_version where report_id = ?)
                """, Timestamp.from(at), snapshot, reportId, actor, Timestamp.from(at.minus(AUTOSAVES_MERGE_WITHIN)),
                reportId) > 0) {
            return;
        }
        jdbc.update("""
                insert into report_version (report_id, number, event, actor, at, comment, snapshot)
                values (?, (select coalesce(max(number), 0) + 1 from report_version where report_id = ?), ?, ?, ?, ?,
                        ?::jsonb)
                """, reportId, reportId, event.name(), actor, Timestamp.from(at), comment, snapshot);
    }

    /** Every version, newest first, each with what changed since the one before. */
    public List<VersionView> of(long reportId) {
        List<VersionView> versions = new ArrayList<>();
        Snapshot[] previous = {null};
        jdbc.query("select * from report_version where report_id = ? order by number", row -> {
            Snapshot snapshot = json.readValue(row.getString("snapshot"), Snapshot.class);
            versions.add(0, new VersionView(row.getInt("number"), ReportEvent.valueOf(row.getString("event")),
                    row.getString("actor"), row.getTimestamp("at").toInstant(), row.getString("comment"),
                    Changes.between(previous[0], snapshot, formats)));
            previous[0] = snapshot;
        }, reportId);
        return versions;
    }

    public Snapshot snapshot(long reportId, int number) {
        return jdbc.query("select snapshot from report_version where report_id = ? and number = ?",
                (row, n) -> json.readValue(row.getString("snapshot"), Snapshot.class), reportId, number).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("Report version", number));
    }
}
