package vn.chiso.plan;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.Matches;
import vn.chiso.shared.TextQuery;
import vn.chiso.user.CurrentUser;
import vn.chiso.user.Role;

/**
 * Plans and tasks the search box finds, among the plans the reader may open; PostgreSQL matches them through the
 * full-text indexes of migration V15, one statement each, best match first.
 */
@Service
@Transactional(readOnly = true)
public class PlanSearch {

    static final String PLANS = """
            select p.id, p.number, p.title, p.status, p.first_year, p.last_year, count(*) over () as total
            from plan p, to_tsquery('simple', ?) q
            where plan_search_document(p.number, p.title) @@ q and p.status = any (string_to_array(?, ','))
            order by ts_rank_cd(plan_search_document(p.number, p.title), q, 1) desc, p.issue_date desc, p.id desc
            limit ?
            """;

    /** The tasks of one group (one per lead body, same section and text) are one match. */
    static final String TASKS = """
            select p.id as plan_id, p.number, p.title, t.section, t.text, count(*) as tasks,
                   min(t.position) as first_position, count(*) over () as total
            from task t join plan p on p.id = t.plan_id, to_tsquery('simple', ?) q
            where task_search_document(t.section, t.text) @@ q and p.status = any (string_to_array(?, ','))
            group by p.id, t.section, t.text
            order by max(ts_rank_cd(task_search_document(t.section, t.text), q, 1)) desc, p.issue_date desc, p.id desc,
                     first_position
            limit ?
            """;

    private final JdbcTemplate jdbc;

    PlanSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Matches<PlanMatch> plans(TextQuery query, CurrentUser reader, int limit) {
        Set<PlanStatus> readable = readableBy(reader.role());
        if (readable.isEmpty()) {
            return Matches.none();
        }
        return Matches.read(jdbc, PLANS, (row, n) -> new PlanMatch(row.getLong("id"), row.getString("number"),
                row.getString("title"), PlanStatus.valueOf(row.getString("status")), row.getInt("first_year"),
                row.getInt("last_year")), query.tsquery(), names(readable), limit);
    }

    public Matches<TaskMatch> tasks(TextQuery query, CurrentUser reader, int limit) {
        Set<PlanStatus> readable = readableBy(reader.role());
        if (readable.isEmpty()) {
            return Matches.none();
        }
        return Matches.read(jdbc, TASKS, (row, n) -> new TaskMatch(row.getLong("plan_id"), row.getString("number"),
                row.getString("title"), row.getString("section"), row.getString("text"), row.getInt("tasks")),
                query.tsquery(), names(readable), limit);
    }

    /**
     * The plans a role may open: coordinators every one, drafts included; leaders and officers every one but drafts
     * (those in force and closed, as the plan pages let them); administrators none.
     */
    static Set<PlanStatus> readableBy(Role role) {
        return switch (role) {
            case COORDINATOR -> EnumSet.allOf(PlanStatus.class);
            case OFFICER, LEADER -> EnumSet.of(PlanStatus.IN_FORCE, PlanStatus.CLOSED);
            case ADMIN -> EnumSet.noneOf(PlanStatus.class);
        };
    }

    private static String names(Set<PlanStatus> statuses) {
        return statuses.stream().map(PlanStatus::name).collect(Collectors.joining(","));
    }
}
