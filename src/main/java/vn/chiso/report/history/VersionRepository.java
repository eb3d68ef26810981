package vn.chiso.report.history;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.report.ReportEvent;

/** The versions of the reports (table {@code report_version}), each with its whole content as JSON. */
@Repository
class VersionRepository {

    private final JdbcClient jdbc;

    VersionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One version as stored, its snapshot still JSON. */
    record VersionRow(int number, ReportEvent event, String actor, Instant at, String comment, String snapshot) {
    }

    /** Adds the report's next version. */
    void add(long reportId, ReportEvent event, String actor, String comment, Instant at, String snapshot) {
        jdbc.sql("""
                insert into report_version (report_id, number, event, actor, at, comment, snapshot)
                values (:report, (select coalesce(max(number), 0) + 1 from report_version where report_id = :report),
                        :event, :actor, :at, :comment, cast(:snapshot as jsonb))
                """).param("report", reportId).param("event", event.name()).param("actor", actor)
                .param("at", Timestamp.from(at)).param("comment", comment).param("snapshot", snapshot).update();
    }

    /**
     * Puts the snapshot in the report's latest version when that is an automatic save of the same person made since
     * {@code since}; false when it is not.
     */
    boolean replaceAutosave(long reportId, String actor, Instant since, Instant at, String snapshot) {
        return jdbc.sql("""
                update report_version set at = :at, snapshot = cast(:snapshot as jsonb)
                where report_id = :report and event = 'AUTOSAVED' and actor = :actor and at > :since
                  and number = (select max(number) from report_version where report_id = :report)
                """).param("at", Timestamp.from(at)).param("snapshot", snapshot).param("report", reportId)
                .param("actor", actor).param("since", Timestamp.from(since)).update() > 0;
    }

    /** The report's versions, oldest first. */
    List<VersionRow> of(long reportId) {
        return jdbc.sql("""
                select number, event, actor, at, comment, snapshot from report_version
                where report_id = :report order by number
                """).param("report", reportId).query((row, n) -> new VersionRow(row.getInt("number"),
                ReportEvent.valueOf(row.getString("event")), row.getString("actor"),
                row.getTimestamp("at").toInstant(), row.getString("comment"), row.getString("snapshot"))).list();
    }

    Optional<String> snapshot(long reportId, int number) {
        return jdbc.sql("select snapshot from report_version where report_id = :report and number = :number")
                .param("report", reportId).param("number", number).query(String.class).optional();
    }
}
