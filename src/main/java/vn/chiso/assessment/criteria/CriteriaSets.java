package vn.chiso.assessment.criteria;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.shared.NotFoundException;

/** Reading criteria sets: a set with its tree, the version in force for a year and kind, the waivers. */
@Service
@Transactional(readOnly = true)
public class CriteriaSets {

    static final String SET_SQL = "select id, year, kind, version, name, survey_points from criteria_set";

    private final JdbcTemplate jdbc;

    CriteriaSets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public CriteriaSet get(long setId) {
        return find(setId).orElseThrow(() -> new NotFoundException("Criteria set", setId));
    }

    public Optional<CriteriaSet> find(long setId) {
        return jdbc.query(SET_SQL + " where id = ?", CriteriaSets::set, setId).stream().findFirst();
    }

    /** The latest version for a year and kind: the one a unit beginning its assessment is given. */
    public Optional<CriteriaSet> current(int year, AssessedKind kind) {
        return jdbc.query(SET_SQL + " where year = ? and kind = ? order by version desc limit 1", CriteriaSets::set,
                year, kind.name()).stream().findFirst();
    }

    /** Every set, the latest year first, then by kind and version. */
    public List<CriteriaSet> all() {
        return jdbc.query(SET_SQL + " order by year desc, kind, version desc", CriteriaSets::set);
    }

    /** Every set with its points and use, in the order of {@link #all()}, in one statement. */
    public List<CriteriaSetSummary> summaries() {
        return jdbc.query("""
                select s.id, s.year, s.kind, s.version, s.name, s.survey_points,
                    coalesce(sc.self_max, 0) as self_max, coalesce(sc.scored, 0) as scored,
                    (select count(*) from assessment a where a.set_id = s.id) as assessments
                from criteria_set s
                    left join (select set_id, sum(max_points) as self_max, count(*) as scored
                               from scored_criterion group by set_id) sc on sc.set_id = s.id
                order by s.year desc, s.kind, s.version desc
                """, (row, n) -> new CriteriaSetSummary(set(row, n), row.getBigDecimal("self_max"),
                row.getInt("scored"), row.getInt("assessments")));
    }

    public CriteriaTree tree(long setId) {
        return new CriteriaTree(get(setId), jdbc.query("""
                select c.id, c.parent_id, c.level, c.code, c.name, c.max_points, c.step,
                    not exists (select 1 from criterion k where k.parent_id = c.id) as scored
                from criterion c where c.set_id = ? order by c.position, c.id
                """, (row, n) -> new Criterion(row.getLong("id"), (Long) row.getObject("parent_id"),
                row.getInt("level"), row.getString("code"), row.getString("name"), row.getBigDecimal("max_points"),
                row.getBigDecimal("step"), row.getBoolean("scored")), setId));
    }

    /** The criteria of a set waived for a unit. */
    public Set<Long> waived(long setId, long unitId) {
        return new HashSet<>(jdbc.queryForList("""
                select w.criterion_id from criterion_waiver w join criterion c on c.id = w.criterion_id
                where c.set_id = ? and w.unit_id = ?
                """, Long.class, setId, unitId));
    }

    /** Every waiver of a set, by unit. */
    public Map<Long, Set<Long>> waivers(long setId) {
        Map<Long, Set<Long>> waivers = new HashMap<>();
        jdbc.query("""
                select w.unit_id, w.criterion_id from criterion_waiver w join criterion c on c.id = w.criterion_id
                where c.set_id = ?
                """, row -> {
            waivers.computeIfAbsent(row.getLong("unit_id"), unit -> new HashSet<>()).add(row.getLong("criterion_id"));
        }, setId);
        return waivers;
    }

    /** A set some unit has begun to assess itself with is never changed again: it gets a new version instead. */
    public boolean inUse(long setId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from assessment where set_id = ?)",
                Boolean.class, setId));
    }

    /** How many units' assessments use a set. */
    public int assessments(long setId) {
        Integer count = jdbc.queryForObject("select count(*) from assessment where set_id = ?", Integer.class, setId);
        return count == null ? 0 : count;
    }

    static CriteriaSet set(ResultSet row, int n) throws SQLException {
        BigDecimal survey = row.getBigDecimal("survey_points");
        return new CriteriaSet(row.getLong("id"), row.getInt("year"), AssessedKind.valueOf(row.getString("kind")),
                row.getInt("version"), row.getString("name"), survey);
    }
}
