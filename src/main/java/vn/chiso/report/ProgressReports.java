package vn.chiso.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.StoredFile;
import vn.chiso.plan.task.AssignmentRole;
import vn.chiso.plan.task.TaskService;
import vn.chiso.plan.task.TaskView;
import vn.chiso.shared.NotFoundException;

/** Reading reports: a whole report takes seven queries, a list of headers one, whatever their size. */
@Service
@Transactional(readOnly = true)
public class ProgressReports {

    static final String HEADER_SQL = """
            select r.*, u.name as unit_name, p.number as plan_number, p.title as plan_title,
                   p.issue_date as plan_issue_date, rp.label as period_label, rp.deadline
            from progress_report r join published_unit u on u.id = r.unit_id join published_plan p on p.id = r.plan_id
            join published_period rp on rp.id = r.period_id
            """;

    static final RowMapper<ReportHeader> HEADER = ProgressReports::header;

    private final JdbcTemplate jdbc;
    private final TaskService tasks;
    private final EvidenceFiles files;

    ProgressReports(JdbcTemplate jdbc, TaskService tasks, EvidenceFiles files) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.files = files;
    }

    public ReportHeader header(long reportId) {
        return jdbc.query(HEADER_SQL + " where r.id = ?", HEADER, reportId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Report", reportId));
    }

    public ReportView get(long reportId) {
        return view(header(reportId));
    }

    /** A report with its entries: the unit's reported tasks in the plan, whether or not it has written about them. */
    public ReportView view(ReportHeader header) {
        Map<Long, Object[]> stored = new HashMap<>();
        jdbc.query("select * from report_entry where report_id = ?", row -> {
            stored.put(row.getLong("task_id"), new Object[] {EntryStatus.valueOf(row.getString("status")),
                    row.getString("done"), row.getObject("percent", Integer.class), row.getString("explanation")});
        }, header.id());
        Map<Long, List<EvidenceView>> evidence = new HashMap<>();
        SignedDocument signed = null;
        for (StoredFile file : files.ofReports(List.of(header.id()))) {
            if (file.taskId() == null) {
                signed = new SignedDocument(file.id(), file.fileName(), file.size(), file.uploadedBy(),
                        file.uploadedAt());
            } else {
                evidence.computeIfAbsent(file.taskId(), id -> new ArrayList<>()).add(new EvidenceView(file.id(),
                        file.taskId(), file.fileName(), file.contentType(), file.size(), file.uploadedBy(),
                        file.uploadedAt()));
            }
        }
        List<EntryView> entries = new ArrayList<>();
        for (TaskView task : tasks.of(header.planId())) {
            AssignmentRole role = roleOf(task, header.unitId());
            if (!task.reported() || role == null) {
                continue;
            }
            Object[] entry = stored.getOrDefault(task.id(), new Object[] {EntryStatus.NOT_STARTED, null, null, null});
            entries.add(new EntryView(task, role, (EntryStatus) entry[0], (String) entry[1], (Integer) entry[2],
                    (String) entry[3], evidence.getOrDefault(task.id(), List.of())));
        }
        return new ReportView(header, entries, signed);
    }

    public Optional<ReportHeader> find(long periodId, long unitId) {
        return jdbc.query(HEADER_SQL + " where r.period_id = ? and r.unit_id = ?", HEADER, periodId, unitId).stream()
                .findFirst();
    }

    public List<ReportHeader> ofPeriod(long periodId) {
        return jdbc.query(HEADER_SQL + " where r.period_id = ? order by u.name", HEADER, periodId);
    }

    public List<ReportHeader> ofPlan(long planId) {
        return jdbc.query(HEADER_SQL + " where r.plan_id = ? order by rp.deadline, u.name", HEADER, planId);
    }

    public List<ReportHeader> ofUnit(long unitId) {
        return jdbc.query(HEADER_SQL + " where r.unit_id = ? order by rp.deadline desc", HEADER, unitId);
    }

    /** Whether the unit leads the task or coordinates on it; {@code null} when it is not assigned. */
    public static AssignmentRole roleOf(TaskView task, long unitId) {
        if (task.lead() != null && task.lead().id() == unitId) {
            return AssignmentRole.LEAD;
        }
        return task.coordinating().stream().anyMatch(unit -> unit.id() == unitId) ? AssignmentRole.COORDINATING : null;
    }

    private static ReportHeader header(ResultSet row, int n) throws SQLException {
        return new ReportHeader(row.getLong("id"), row.getLong("plan_id"), row.getString("plan_number"),
                row.getString("plan_title"), row.getObject("plan_issue_date", LocalDate.class),
                row.getLong("period_id"), row.getString("period_label"), row.getObject("deadline", LocalDate.class),
                row.getLong("unit_id"), row.getString("unit_name"), ReportStatus.valueOf(row.getString("status")),
                row.getString("document_number"), row.getObject("document_date", LocalDate.class),
                row.getString("addressee"), instant(row, "first_submitted_at"),
                (Boolean) row.getObject("on_time"), instant(row, "submitted_at"), row.getString("review_comment"),
                row.getString("reviewed_by"), instant(row, "reviewed_at"), row.getString("updated_by"),
                instant(row, "updated_at"), row.getInt("version"), row.getString("subject"),
                row.getString("signer_title"), row.getString("signer_name"), row.getString("recipients"));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp time = row.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
