package vn.chiso.assessment.criteria;

import java.math.BigDecimal;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SimplePropertySqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.assessment.AssessedKind;

/** The nodes of the criteria sets ({@code criterion}) and the units they do not apply to ({@code criterion_waiver}). */
@Repository
class CriterionRepository {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    CriterionRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * The set with its nodes by position (a node without children is scored) and the nodes waived for the unit, none
     * without one: one statement, whatever the size of the set. Empty when there is no such set.
     */
    Optional<UnitCriteria> tree(long setId, Long unitId) {
        List<NodeRow> rows = jdbc.sql("""
                select s.id as set_id, s.year, s.kind, s.version, s.name as set_name, s.survey_points,
                    c.id, c.parent_id, c.level, c.code, c.name, c.max_points, c.step,
                    not exists (select 1 from criterion k where k.parent_id = c.id) as scored,
                    exists (select 1 from criterion_waiver w where w.criterion_id = c.id and w.unit_id = :unit)
                        as waived
                from criteria_set s left join criterion c on c.set_id = s.id
                where s.id = :set order by c.position, c.id
                """).param("set", setId).param("unit", unitId, Types.BIGINT).query(NodeRow.class).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        NodeRow first = rows.get(0);
        CriteriaSet set = new CriteriaSet(first.setId(), first.year(), first.kind(), first.version(), first.setName(),
                first.surveyPoints());
        List<NodeRow> nodes = rows.stream().filter(row -> row.id() != null).toList();
        return Optional.of(new UnitCriteria(new CriteriaTree(set, nodes.stream().map(NodeRow::criterion).toList()),
                nodes.stream().filter(NodeRow::waived).map(NodeRow::id).collect(Collectors.toSet())));
    }

    /** Every waiver of a set, by unit. */
    Map<Long, Set<Long>> waivers(long setId) {
        Map<Long, Set<Long>> waivers = new HashMap<>();
        jdbc.sql("""
                select w.unit_id, w.criterion_id from criterion_waiver w join criterion c on c.id = w.criterion_id
                where c.set_id = :set
                """).param("set", setId).query(Waiver.class).list()
                .forEach(waiver -> waivers.computeIfAbsent(waiver.unitId(), unit -> new HashSet<>())
                        .add(waiver.criterionId()));
        return waivers;
    }

    /** A node placed after the set's others. */
    long insert(long setId, Long parentId, int level, String code, String name, BigDecimal maxPoints,
            BigDecimal step) {
        return jdbc.sql("""
                insert into criterion (set_id, parent_id, level, code, name, max_points, step, position)
                select :set, :parent, :level, :code, :name, :max, :step, coalesce(max(position), 0) + 1
                from criterion where set_id = :set
                returning id
                """).param("set", setId).param("parent", parentId).param("level", level).param("code", code)
                .param("name", name).param("max", maxPoints).param("step", step).query(Long.class).single();
    }

    void update(long nodeId, String code, String name, BigDecimal maxPoints, BigDecimal step) {
        jdbc.sql("update criterion set code = :code, name = :name, max_points = :max, step = :step where id = :id")
                .param("code", code).param("name", name).param("max", maxPoints).param("step", step)
                .param("id", nodeId).update();
    }

    /** A node's maximum and step; both {@code null} for a parent, whose maximum is its children's. */
    void updatePoints(long nodeId, BigDecimal maxPoints, BigDecimal step) {
        jdbc.sql("update criterion set max_points = :max, step = :step where id = :id").param("max", maxPoints)
                .param("step", step).param("id", nodeId).update();
    }

    /** The nodes under the code {@code from} take the code {@code to} in its place: "1.2.1" becomes "1.3.1". */
    void recodeBelow(long setId, String from, String to) {
        jdbc.sql("update criterion set code = :to || substr(code, :rest) where set_id = :set and code like :below")
                .param("to", to).param("rest", from.length() + 1).param("set", setId).param("below", from + ".%")
                .update();
    }

    /** The node, everything under it and their waivers (the foreign keys cascade). */
    void delete(long nodeId) {
        jdbc.sql("delete from criterion where id = :id").param("id", nodeId).update();
    }

    void moveTo(List<Position> positions) {
        batch.batchUpdate("update criterion set position = :position where id = :id", positions.stream()
                .map(SimplePropertySqlParameterSource::new).toArray(SqlParameterSource[]::new));
    }

    /** Whether the waiver is new. */
    boolean waive(long criterionId, long unitId) {
        return jdbc.sql("""
                insert into criterion_waiver (criterion_id, unit_id) values (:criterion, :unit) on conflict do nothing
                """).param("criterion", criterionId).param("unit", unitId).update() > 0;
    }

    void removeWaiver(long setId, long unitId, long criterionId) {
        jdbc.sql("""
                delete from criterion_waiver w using criterion c
                where c.id = w.criterion_id and c.set_id = :set and w.unit_id = :unit and w.criterion_id = :criterion
                """).param("set", setId).param("unit", unitId).param("criterion", criterionId).update();
    }

    /**
     * Copies a set's nodes level by level, each child finding its new parent by the parent's code (unique in a set),
     * then the waivers the same way: one statement per level and one for the waivers, however large the set.
     */
    void copy(long sourceId, long targetId, int levels) {
        for (int level = 1; level <= levels; level++) {
            jdbc.sql("""
                    insert into criterion (set_id, parent_id, level, code, name, max_points, step, position)
                    select :target, copied_parent.id, c.level, c.code, c.name, c.max_points, c.step, c.position
                    from criterion c
                        left join criterion p on p.id = c.parent_id
                        left join criterion copied_parent
                            on copied_parent.set_id = :target and copied_parent.code = p.code
                    where c.set_id = :source and c.level = :level
                    """).param("target", targetId).param("source", sourceId).param("level", level).update();
        }
        jdbc.sql("""
                insert into criterion_waiver (criterion_id, unit_id)
                select copied.id, w.unit_id
                from criterion_waiver w
                    join criterion c on c.id = w.criterion_id
                    join criterion copied on copied.set_id = :target and copied.code = c.code
                where c.set_id = :source
                """).param("target", targetId).param("source", sourceId).update();
    }

    record Position(long id, int position) {
    }

    /** A set's line and one of its nodes; the node's columns are {@code null} for a set without nodes. */
    private record NodeRow(long setId, int year, AssessedKind kind, int version, String setName,
            BigDecimal surveyPoints, Long id, Long parentId, Integer level, String code, String name,
            BigDecimal maxPoints, BigDecimal step, boolean scored, boolean waived) {

        Criterion criterion() {
            return new Criterion(id, parentId, level, code, name, maxPoints, step, scored);
        }
    }

    private record Waiver(long unitId, long criterionId) {
    }
}
