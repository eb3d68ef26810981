package vn.chiso.plan.target;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans' targets, and the provinces on record that bound a target on a rank. */
@Repository
class TargetRepository {

    /** The year of a range with the fewest provinces on record, counted as on 31 December. */
    record Fewest(int year, int provinces) {
    }

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A plan's targets in their order. */
    List<TargetSpec> ofPlan(long planId) {
        return jdbc.sql("select * from plan_target where plan_id = :planId order by position, id")
                .param("planId", planId).query(TargetSpec.class).list();
    }

    List<TargetSpec> ofPlans(List<Long> planIds) {
        return jdbc.sql("select * from plan_target where plan_id = any (:planIds)")
                .param("planIds", planIds.toArray(Long[]::new)).query(TargetSpec.class).list();
    }

    Optional<TargetSpec> find(long id) {
        return jdbc.sql("select * from plan_target where id = :id").param("id", id).query(TargetSpec.class)
                .optional();
    }

    int count(long planId) {
        return jdbc.sql("select count(*) from plan_target where plan_id = :planId").param("planId", planId)
                .query(Integer.class).single();
    }

    long insert(long planId, int position, Target target) {
        return jdbc.sql("""
                insert into plan_target (plan_id, indicator_id, kind, value, child_count, first_year, last_year,
                                         wording, position)
                values (:planId, :indicatorId, :kind, :value, :childCount, :firstYear, :lastYear, :wording, :position)
                returning id
                """).params(columns(target)).param("planId", planId).param("position", position)
                .query(Long.class).single();
    }

    /** Writes a target over the version it was read at; false when it has changed since. */
    boolean update(long id, int version, Target target) {
        return jdbc.sql("""
                update plan_target set indicator_id = :indicatorId, kind = :kind, value = :value,
                    child_count = :childCount, first_year = :firstYear, last_year = :lastYear, wording = :wording,
                    version = version + 1
                where id = :id and version = :version
                """).params(columns(target)).param("id", id).param("version", version).update() > 0;
    }

    void delete(long id) {
        jdbc.sql("delete from plan_target where id = :id").param("id", id).update();
    }

    Optional<Fewest> fewestProvinces(int firstYear, int lastYear) {
        return jdbc.sql("""
                select y.year, count(p.id) as provinces from generate_series(:first, :last) as y(year)
                join published_province p on p.valid_from <= make_date(y.year, 12, 31)
                    and (p.valid_to is null or p.valid_to > make_date(y.year, 12, 31))
                group by y.year order by count(p.id), y.year limit 1
                """).param("first", firstYear).param("last", lastYear).query(Fewest.class).optional();
    }

    private static Map<String, Object> columns(Target target) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("indicatorId", target.indicatorId());
        columns.put("kind", target.kind().name());
        columns.put("value", target.value());
        columns.put("childCount", target.childCount());
        columns.put("firstYear", target.firstYear());
        columns.put("lastYear", target.lastYear());
        columns.put("wording", target.wording());
        return columns;
    }
}
