package vn.chiso.plan;

import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.shared.Matches;

/**
 * The plans and tasks the search box finds: PostgreSQL matches them through the full-text indexes of migration V15,
 * one statement each, best match first, the count of all matches in the same statement.
 */
@Repository
class SearchRepository {

    static final String PLANS = """
            select p.id, p.number, p.title, p.status, p.first_year, p.last_year, count(*) over () as total
            from plan p, to_tsquery('simple', :query) q
            where plan_search_document(p.number, p.title) @@ q and p.status = any (string_to_array(:statuses, ','))
            order by ts_rank_cd(plan_search_document(p.number, p.title), q, 1) desc, p.issue_date desc, p.id desc
            limit :limit
            """;

    /** The tasks of one group (one per lead body, same section and text) are one match. */
    static final String TASKS = """
            select p.id as plan_id, p.number, p.title, t.section, t.text, count(*) as tasks,
                   min(t.position) as first_position, count(*) over () as total
            from task t join plan p on p.id = t.plan_id, to_tsquery('simple', :query) q
            where task_search_document(t.section, t.text) @@ q and p.status = any (string_to_array(:statuses, ','))
            group by p.id, t.section, t.text
            order by max(ts_rank_cd(task_search_document(t.section, t.text), q, 1)) desc, p.issue_date desc, p.id desc,
                     first_position
            limit :limit
            """;

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param tsquery the words as PostgreSQL's full-text query
     * @param statuses the plan statuses the reader may open, separated by commas
     */
    Matches<PlanMatch> plans(String tsquery, String statuses, int limit) {
        return matches(PLANS, (row, n) -> new PlanMatch(row.getLong("id"), row.getString("number"),
                row.getString("title"), PlanStatus.valueOf(row.getString("status")), row.getInt("first_year"),
                row.getInt("last_year")), tsquery, statuses, limit);
    }

    Matches<TaskMatch> tasks(String tsquery, String statuses, int limit) {
        return matches(TASKS, (row, n) -> new TaskMatch(row.getLong("plan_id"), row.getString("number"),
                row.getString("title"), row.getString("section"), row.getString("text"), row.getInt("tasks")),
                tsquery, statuses, limit);
    }

    private <T> Matches<T> matches(String sql, RowMapper<T> mapper, String tsquery, String statuses, int limit) {
        return Matches.read(jdbc.sql(sql).params(Map.of("query", tsquery, "statuses", statuses, "limit", limit)),
                mapper);
    }
}
