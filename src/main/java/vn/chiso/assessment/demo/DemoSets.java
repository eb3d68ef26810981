package vn.chiso.assessment.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.assessment.AssessedKind;

/** Writes the demo's criteria sets and their waivers, and tells which criteria apply to a unit. */
final class DemoSets {

    static final String COORDINATOR = "Trần Thị Thu Hà";

    /** A set as written: its id and the id of each node by code. */
    record LoadedSet(long id, AssessedKind kind, BigDecimal surveyMax, List<DemoCriteria.Node> nodes,
            Map<String, Long> ids) {

        /** The scored criteria that apply to a unit, given the codes it is waived from (with all below them). */
        List<DemoScores.Line> lines(Collection<String> waivedCodes) {
            return nodes.stream().filter(DemoCriteria.Node::scored)
                    .filter(node -> waivedCodes.stream().noneMatch(code -> node.code().equals(code)
                            || node.code().startsWith(code + ".")))
                    .map(node -> new DemoScores.Line(ids.get(node.code()), node.max(), node.step(), node.losses(),
                            node.document()))
                    .toList();
        }
    }

    private final JdbcTemplate jdbc;

    DemoSets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    LoadedSet insert(AssessedKind kind, int year, Instant createdAt) {
        BigDecimal survey = DemoCriteria.surveyPoints(kind);
        long setId = jdbc.queryForObject("""
                insert into criteria_set (year, kind, version, name, survey_points, created_by, created_at)
                values (?, ?, 1, ?, ?, ?, ?) returning id
                """, Long.class, year, kind.name(), DemoCriteria.name(kind, year), survey, COORDINATOR,
                Timestamp.from(createdAt));
        List<DemoCriteria.Node> nodes = DemoCriteria.nodes(kind, year);
        Map<String, Long> ids = new HashMap<>();
        int position = 0;
        for (DemoCriteria.Node node : nodes) {
            Long parent = node.parentCode() == null ? null : ids.get(node.parentCode());
            ids.put(node.code(), jdbc.queryForObject("""
                    insert into criterion (set_id, parent_id, level, code, name, max_points, step, position)
                    values (?, ?, ?, ?, ?, ?, ?, ?) returning id
                    """, Long.class, setId, parent, node.level(), node.code(), node.name(), node.max(), node.step(),
                    ++position));
        }
        return new LoadedSet(setId, kind, survey, nodes, ids);
    }

    void waive(LoadedSet set, String code, Collection<Long> unitIds) {
        long criterionId = set.ids().get(code);
        jdbc.batchUpdate("insert into criterion_waiver (criterion_id, unit_id) values (?, ?)",
                unitIds.stream().map(unitId -> new Object[] {criterionId, unitId}).toList());
    }
}
