package vn.chiso.unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.chiso.shared.Matches;

/** The units of the province, in table {@code unit}. */
@Repository
class UnitRepository {

    private static final String COLUMNS = "id, code, name, short_name, kind, parent_id, active";

    /** Best match first, active units before inactive ones; {@code total} counts every match before the limit. */
    static final String SEARCH = """
            select u.id, u.code, u.name, u.short_name, u.kind, u.active, parent.name as parent_name,
                   count(*) over () as total
            from unit u left join unit parent on parent.id = u.parent_id, to_tsquery('simple', :query) q
            where unit_search_document(u.code, u.name, u.short_name) @@ q
              and (cast(:onlyUnitId as bigint) is null or u.id = :onlyUnitId)
            order by u.active desc, ts_rank_cd(unit_search_document(u.code, u.name, u.short_name), q, 1) desc, u.name
            limit :limit
            """;

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unit> findAll() {
        return jdbc.sql("select " + COLUMNS + " from unit").query(Unit.class).list();
    }

    Optional<Unit> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from unit where id = :id").param("id", id).query(Unit.class)
                .optional();
    }

    boolean existsByCode(String code) {
        return jdbc.sql("select exists (select 1 from unit where code = :code)").param("code", code)
                .query(Boolean.class).single();
    }

    boolean existsByCodeAndIdNot(String code, long id) {
        return jdbc.sql("select exists (select 1 from unit where code = :code and id <> :id)").param("code", code)
                .param("id", id).query(Boolean.class).single();
    }

    /** The units whose full-text document (migration V15) matches {@code tsquery}, or only unit {@code onlyUnitId}. */
    Matches<UnitMatch> search(String tsquery, Long onlyUnitId, int limit) {
        return Matches.read(jdbc.sql(SEARCH).param("query", tsquery).param("onlyUnitId", onlyUnitId)
                .param("limit", limit), (row, n) -> new UnitMatch(row.getLong("id"), row.getString("code"),
                row.getString("name"), row.getString("short_name"), UnitKind.valueOf(row.getString("kind")),
                row.getString("parent_name"), row.getBoolean("active")));
    }

    /** Adds the unit and returns its id. */
    long insert(Unit unit) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into unit (code, name, short_name, kind, parent_id, active)
                values (:code, :name, :shortName, :kind, :parentId, :active)
                """).params(params(unit)).param("active", unit.active()).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Changes everything but the unit's id and whether it is active. */
    void update(long id, Unit unit) {
        jdbc.sql("""
                update unit set code = :code, name = :name, short_name = :shortName, kind = :kind,
                       parent_id = :parentId
                where id = :id
                """).params(params(unit)).param("id", id).update();
    }

    private static Map<String, Object> params(Unit unit) {
        Map<String, Object> params = new HashMap<>();
        params.put("code", unit.code());
        params.put("name", unit.name());
        params.put("shortName", unit.shortName());
        params.put("kind", unit.kind().name());
        params.put("parentId", unit.parentId());
        return params;
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update unit set active = :active where id = :id").param("active", active).param("id", id).update();
    }
}
