package vn.chiso.report;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports' entries (table {@code report_entry}): what each unit wrote about each task. */
@Repository
class EntryRepository {

    private final JdbcClient jdbc;
    /** For the batch of a report's entries, which {@link JdbcClient} cannot send. */
    private final JdbcTemplate batch;

    EntryRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<ReportEntry> of(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select report_id, task_id, status, done, percent, explanation from report_entry
                where report_id = any (:reports)
                """).param("reports", reportIds.toArray(Long[]::new)).query(ReportEntry.class).list();
    }

    /** Writes the entries, each in place of the one stored for its report and task: one statement, a batch. */
    void write(List<ReportEntry> entries) {
        batch.batchUpdate("""
                insert into report_entry (report_id, task_id, status, done, percent, explanation)
                values (?, ?, ?, ?, ?, ?) on conflict (report_id, task_id) do update set status = excluded.status,
                    done = excluded.done, percent = excluded.percent, explanation = excluded.explanation
                """, entries.stream().map(entry -> new Object[] {entry.reportId(), entry.taskId(),
                entry.status().name(), entry.done(), entry.percent(), entry.explanation()}).toList());
    }
}
