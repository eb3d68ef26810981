package vn.chiso.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The indices, in table {@code governance_index}, with their groups from {@code performance_group}. */
@Repository
class GovernanceIndexRepository {

    /** Each index with its groups, one row per group (or one row for an index without groups). */
    private static final String WITH_GROUPS = """
            select i.id, i.code, i.name_vi, i.name_en, i.publisher, i.measure, i.higher_is_better,
                   g.position as group_position, g.name_vi as group_name_vi, g.name_en as group_name_en
            from governance_index i left join performance_group g on g.index_id = i.id
            """;

    private static final RowMapper<IndexRow> INDEX_ROW = (row, n) -> new IndexRow(
            new GovernanceIndex(row.getLong("id"), row.getString("code"), row.getString("name_vi"),
                    row.getString("name_en"), row.getString("publisher"), Measure.valueOf(row.getString("measure")),
                    row.getBoolean("higher_is_better"), List.of()),
            row.getObject("group_position") == null ? null : new GroupLabel(row.getInt("group_position"),
                    row.getString("group_name_vi"), row.getString("group_name_en")));

    private final JdbcClient jdbc;

    GovernanceIndexRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every index in the catalogue's order: one query. */
    List<GovernanceIndex> findAllWithGroups() {
        return read(jdbc.sql(WITH_GROUPS + " order by i.position, g.position"));
    }

    Optional<GovernanceIndex> findByCodeWithGroups(String code) {
        return read(jdbc.sql(WITH_GROUPS + " where i.code = :code order by g.position").param("code", code))
                .stream().findFirst();
    }

    /** Writes the index's description and replaces its groups. */
    void describe(long id, String nameVi, String nameEn, String publisher, Measure measure, boolean higherIsBetter,
            List<GroupLabel> groups) {
        jdbc.sql("""
                update governance_index set name_vi = :nameVi, name_en = :nameEn, publisher = :publisher,
                       measure = :measure, higher_is_better = :higherIsBetter
                where id = :id
                """).param("nameVi", nameVi).param("nameEn", nameEn).param("publisher", publisher)
                .param("measure", measure.name()).param("higherIsBetter", higherIsBetter).param("id", id).update();
        jdbc.sql("delete from performance_group where index_id = :id").param("id", id).update();
        for (GroupLabel group : groups) {
            jdbc.sql("""
                    insert into performance_group (index_id, position, name_vi, name_en)
                    values (:id, :position, :nameVi, :nameEn)
                    """).param("id", id).param("position", group.position()).param("nameVi", group.nameVi())
                    .param("nameEn", group.nameEn()).update();
        }
    }

    private static List<GovernanceIndex> read(JdbcClient.StatementSpec statement) {
        Map<Long, GovernanceIndex> indices = new LinkedHashMap<>();
        Map<Long, List<GroupLabel>> groups = new HashMap<>();
        for (IndexRow row : statement.query(INDEX_ROW).list()) {
            indices.putIfAbsent(row.index().id(), row.index());
            List<GroupLabel> ofIndex = groups.computeIfAbsent(row.index().id(), id -> new ArrayList<>());
            if (row.group() != null) {
                ofIndex.add(row.group());
            }
        }
        return indices.values().stream().map(index -> index.withGroups(groups.get(index.id()))).toList();
    }

    /** An index without its groups, and one of them (null for an index without groups). */
    private record IndexRow(GovernanceIndex index, GroupLabel group) {
    }
}
