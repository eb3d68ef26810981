package vn.chiso.report;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.Matches;
import vn.chiso.shared.TextQuery;
import vn.chiso.user.CurrentUser;

/**
 * Reports the search box finds by their document number, among those the reader may open ({@link ReportAccess}'s
 * rule, applied in the query so that the count is right too); PostgreSQL matches them through the full-text index
 * of migration V15, in one statement, best match first, then the latest period.
 */
@Service
@Transactional(readOnly = true)
public class ReportSearch {

    static final String REPORTS = """
            select r.id, r.document_number, r.document_date, r.status, u.name as unit_name, p.number as plan_number,
                   rp.label as period_label, rp.deadline, count(*) over () as total
            from progress_report r join published_unit u on u.id = r.unit_id join published_plan p on p.id = r.plan_id
            join published_period rp on rp.id = r.period_id, to_tsquery('simple', ?) q
            where report_search_document(r.document_number) @@ q and %s
            order by ts_rank_cd(report_search_document(r.document_number), q, 1) desc, rp.deadline desc, u.name
            limit ?
            """;

    private final JdbcTemplate jdbc;

    ReportSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Matches<ReportMatch> find(TextQuery query, CurrentUser reader, int limit) {
        return switch (reader.role()) {
            case COORDINATOR -> find("true", query, limit);
            case LEADER -> find("r.status = 'ACCEPTED'", query, limit);
            case OFFICER -> reader.unitId() == null ? Matches.none() : find("r.unit_id = ?", query, limit,
                    reader.unitId());
            case ADMIN -> Matches.none();
        };
    }

    /** {@code readable}: the reports the reader may open, with its arguments after the query's. */
    private Matches<ReportMatch> find(String readable, TextQuery query, int limit, Object... readableArgs) {
        Object[] args = new Object[readableArgs.length + 2];
        args[0] = query.tsquery();
        System.arraycopy(readableArgs, 0, args, 1, readableArgs.length);
        args[args.length - 1] = limit;
        return Matches.read(jdbc, REPORTS.formatted(readable), (row, n) -> new ReportMatch(row.getLong("id"),
                row.getString("document_number"), row.getObject("document_date", LocalDate.class),
                ReportStatus.valueOf(row.getString("status")), row.getString("unit_name"),
                row.getString("plan_number"), row.getString("period_label"),
                row.getObject("deadline", LocalDate.class)), args);
    }
}
