package vn.chiso.unit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.Matches;
import vn.chiso.shared.TextQuery;

/**
 * Units the search box finds by name, short name or code; PostgreSQL matches them through the full-text index of
 * migration V15, in one statement, active units first and the best match first among them.
 */
@Service
@Transactional(readOnly = true)
public class UnitSearch {

    static final String UNITS = """
            select u.id, u.code, u.name, u.short_name, u.kind, u.active, parent.name as parent_name,
                   count(*) over () as total
            from unit u left join unit parent on parent.id = u.parent_id, to_tsquery('simple', ?) q
            where unit_search_document(u.code, u.name, u.short_name) @@ q and (?::bigint is null or u.id = ?)
            order by u.active desc, ts_rank_cd(unit_search_document(u.code, u.name, u.short_name), q, 1) desc, u.name
            limit ?
            """;

    private final JdbcTemplate jdbc;

    UnitSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every unit that matches, or only unit {@code onlyUnitId} if it matches (an officer's own unit). */
    public Matches<UnitMatch> find(TextQuery query, Long onlyUnitId, int limit) {
        return Matches.read(jdbc, UNITS, (row, n) -> new UnitMatch(row.getLong("id"), row.getString("code"),
                row.getString("name"), row.getString("short_name"), UnitKind.valueOf(row.getString("kind")),
                row.getString("parent_name"), row.getBoolean("active")), query.tsquery(), onlyUnitId, onlyUnitId,
                limit);
    }
}
