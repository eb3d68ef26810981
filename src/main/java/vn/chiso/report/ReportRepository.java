package vn.chiso.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reports' headers (table {@code progress_report}) with the names of their unit, plan and period, and the
 * statements that move a report through its workflow.
 */
@Repository
class ReportRepository {

    /** How many reports wait for review, as a scalar subquery without parameters (see {@link ReviewQueue}). */
    static final String WAITING_COUNT_SQL = "select count(*) from progress_report where status = 'SUBMITTED'";

    private static final String HEADER_COLUMNS = """
            select r.*, u.name as unit_name, p.number as plan_number, p.title as plan_title,
                   p.issue_date as plan_issue_date, rp.label as period_label, rp.deadline
            """;

    private static final String HEADER_FROM = """
            from progress_report r join published_unit u on u.id = r.unit_id join published_plan p on p.id = r.plan_id
            join published_period rp on rp.id = r.period_id
            """;

    private static final String HEADER_SQL = HEADER_COLUMNS + HEADER_FROM;

    /** The search of {@link #matching}: every match, best first, each row with the count of all. */
    static final String MATCHING_SQL = """
            select r.id, r.document_number, r.document_date, r.status, u.name as unit_name,
                   p.number as plan_number, rp.label as period_label, rp.deadline, count(*) over () as total
            from progress_report r join published_unit u on u.id = r.unit_id join published_plan p on p.id = r.plan_id
            join published_period rp on rp.id = r.period_id, to_tsquery('simple', :query) q
            where report_search_document(r.document_number) @@ q
              and (cast(:status as varchar) is null or r.status = :status)
              and (cast(:unit as bigint) is null or r.unit_id = :unit)
            order by ts_rank_cd(report_search_document(r.document_number), q, 1) desc, rp.deadline desc, u.name
            limit :limit
            """;

    private static final RowMapper<ReportHeader> HEADER = ReportRepository::header;

    /** A report's header locked, with its entries as stored. */
    record Locked(ReportHeader header, List<ReportEntry> entries) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ReportHeader> find(long reportId) {
        return jdbc.sql(HEADER_SQL + " where r.id = :id").param("id", reportId).query(HEADER).optional();
    }

    /**
     * The header locked as {@link #lock} does, with the report's entries in the same statement (as JSON): an edit
     * reads what it changes once.
     */
    Optional<Locked> lockWithEntries(long reportId) {
        return jdbc.sql(HEADER_COLUMNS + """
                , (select json_agg(json_build_object('reportId', e.report_id, 'taskId', e.task_id,
                        'status', e.status, 'done', e.done, 'percent', e.percent, 'explanation', e.explanation))
                   from report_entry e where e.report_id = r.id) as entries
                """ + HEADER_FROM + " where r.id = :id for update of r")
                .param("id", reportId).query((row, number) -> new Locked(header(row, number), entries(
                        row.getString("entries")))).optional();
    }

    private List<ReportEntry> entries(String array) {
        return array == null ? List.of()
                : json.readValue(array, json.getTypeFactory().constructCollectionType(List.class, ReportEntry.class));
    }

    /** The header, its row locked until the transaction ends: whoever edits or reviews the report next waits. */
    Optional<ReportHeader> lock(long reportId) {
        return jdbc.sql(HEADER_SQL + " where r.id = :id for update of r").param("id", reportId).query(HEADER)
                .optional();
    }

    Optional<ReportHeader> find(long periodId, long unitId) {
        return jdbc.sql(HEADER_SQL + " where r.period_id = :period and r.unit_id = :unit").param("period", periodId)
                .param("unit", unitId).query(HEADER).optional();
    }

    List<ReportHeader> ofPeriod(long periodId) {
        return jdbc.sql(HEADER_SQL + " where r.period_id = :period order by u.name").param("period", periodId)
                .query(HEADER).list();
    }

    List<ReportHeader> ofPlan(long planId) {
        return jdbc.sql(HEADER_SQL + " where r.plan_id = :plan order by rp.deadline, u.name").param("plan", planId)
                .query(HEADER).list();
    }

    List<ReportHeader> ofUnit(long unitId) {
        return jdbc.sql(HEADER_SQL + " where r.unit_id = :unit order by rp.deadline desc").param("unit", unitId)
                .query(HEADER).list();
    }

    boolean any() {
        return jdbc.sql("select exists (select 1 from progress_report)").query(Boolean.class).single();
    }

    /** The unit's report for the period, created as an empty draft the first time; its id. */
    long open(long planId, long periodId, long unitId, String addressee, String actor, Instant at) {
        jdbc.sql("""
                insert into progress_report (plan_id, period_id, unit_id, addressee, updated_by, updated_at)
                values (:plan, :period, :unit, :addressee, :actor, :at) on conflict (period_id, unit_id) do nothing
                """).param("plan", planId).param("period", periodId).param("unit", unitId)
                .param("addressee", addressee).param("actor", actor).param("at", Timestamp.from(at)).update();
        return jdbc.sql("select id from progress_report where period_id = :period and unit_id = :unit")
                .param("period", periodId).param("unit", unitId).query(Long.class).single();
    }

    /**
     * Writes the header as {@code report} holds it after a save or a submission: its document, its workflow
     * columns and its version.
     */
    void write(ReportHeader report) {
        jdbc.sql("""
                update progress_report set document_number = :number, document_date = :date, addressee = :addressee,
                    subject = :subject, signer_title = :signerTitle, signer_name = :signerName,
                    recipients = :recipients, status = :status, submitted_at = :submittedAt,
                    first_submitted_at = :firstSubmittedAt, on_time = :onTime, updated_by = :updatedBy,
                    updated_at = :updatedAt, version = :version
                where id = :id
                """).param("number", report.documentNumber())
                .param("date", report.documentDate() == null ? null : Date.valueOf(report.documentDate()))
                .param("addressee", report.addressee()).param("subject", report.subject())
                .param("signerTitle", report.signerTitle()).param("signerName", report.signerName())
                .param("recipients", report.recipients()).param("status", report.status().name())
                .param("submittedAt", timestamp(report.submittedAt()))
                .param("firstSubmittedAt", timestamp(report.firstSubmittedAt())).param("onTime", report.onTime())
                .param("updatedBy", report.updatedBy()).param("updatedAt", timestamp(report.updatedAt()))
                .param("version", report.version()).param("id", report.id()).update();
    }

    /** A step of the review; false when the report was not in {@code from} (someone else reviewed it first). */
    boolean review(long reportId, ReportStatus from, ReportStatus to, String comment, String reviewer, Instant at) {
        return jdbc.sql("""
                update progress_report set status = :to, review_comment = :comment, reviewed_by = :reviewer,
                    reviewed_at = :at, version = version + 1 where id = :id and status = :from
                """).param("to", to.name()).param("comment", comment).param("reviewer", reviewer)
                .param("at", Timestamp.from(at)).param("id", reportId).param("from", from.name()).update() == 1;
    }

    /** The reports waiting for review, oldest submission first; lateness is the first submission's, in {@code zone}. */
    List<WaitingReport> waiting(ZoneId zone) {
        return jdbc.sql("""
                select r.id, u.name as unit_name, r.plan_id, p.number as plan_number, r.period_id,
                       rp.label as period_label, rp.deadline, r.submitted_at,
                       case when not r.on_time then (r.first_submitted_at at time zone :zone)::date - rp.deadline
                       end as days_late,
                       r.first_submitted_at < r.submitted_at as resubmitted
                from progress_report r join published_unit u on u.id = r.unit_id join published_plan p on p.id = r.plan_id
                join published_period rp on rp.id = r.period_id
                where r.status = 'SUBMITTED'
                order by r.submitted_at, r.id
                """).param("zone", zone.getId()).query((row, n) -> new WaitingReport(row.getLong("id"),
                row.getString("unit_name"), row.getLong("plan_id"), row.getString("plan_number"),
                row.getLong("period_id"), row.getString("period_label"), row.getObject("deadline", LocalDate.class),
                instant(row, "submitted_at"), row.getObject("days_late", Integer.class),
                row.getBoolean("resubmitted"))).list();
    }

    /**
     * The reports whose document number matches the query, best match first, then the latest period, among those the
     * reader may open: of one status only, of one unit only, when these are given. Each row carries the count of all
     * matches.
     */
    List<Found> matching(String tsquery, ReportStatus onlyStatus, Long onlyUnit, int limit) {
        return jdbc.sql(MATCHING_SQL).param("query", tsquery)
                .param("status", onlyStatus == null ? null : onlyStatus.name()).param("unit", onlyUnit)
                .param("limit", limit)
                .query((row, n) -> new Found(new ReportMatch(row.getLong("id"), row.getString("document_number"),
                        row.getObject("document_date", LocalDate.class), ReportStatus.valueOf(row.getString("status")),
                        row.getString("unit_name"), row.getString("plan_number"), row.getString("period_label"),
                        row.getObject("deadline", LocalDate.class)), row.getInt("total"))).list();
    }

    /** A report the search found, and how many it found in all. */
    record Found(ReportMatch match, int total) {
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
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

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp time = row.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
