package vn.chiso.assessment.analysis;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessedKind;

/**
 * The self-assessment against the appraisal, from the final assessments only (an appraisal under way says nothing
 * yet): who over-scores and by how much, year over year; which criteria lose the units the most points; and one
 * unit criterion by criterion. Each is one SQL statement, whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
class ScoringAnalysis {

    /** Over the criteria that apply to the unit (assessment_line leaves the waived ones out). */
    private static final String UNITS_SQL = """
            select a.year, a.unit_id, u.name, cs.kind, coalesce(sum(l.max_points), 0) as max_points,
                coalesce(sum(s.self_score), 0) as self_points, coalesce(sum(s.appraised_score), 0) as appraised_points
            from assessment a join published_unit u on u.id = a.unit_id join criteria_set cs on cs.id = a.set_id
                left join assessment_line l on l.assessment_id = a.id
                left join assessment_score s on s.assessment_id = a.id and s.criterion_id = l.criterion_id
            where a.year in (?, ?) and a.status = 'FINAL'
            group by a.id, u.id, u.name, u.short_name, u.code, cs.id
            """;

    /** Criteria are matched by code: the units of a kind may hold different versions of the year's set. */
    private static final String LOSSES_SQL = """
            select cs.kind, c.code, (array_agg(c.name order by cs.version desc, c.id))[1] as name,
                count(*) as units, sum(l.max_points) as max_points, coalesce(sum(s.self_score), 0) as self_points,
                coalesce(sum(s.appraised_score), 0) as appraised_points
            from assessment a join criteria_set cs on cs.id = a.set_id
                join assessment_line l on l.assessment_id = a.id
                join criterion c on c.id = l.criterion_id
                left join assessment_score s on s.assessment_id = a.id and s.criterion_id = l.criterion_id
            where a.year = ? and a.status = 'FINAL'
            group by cs.kind, c.code
            order by sum(l.max_points) - coalesce(sum(s.appraised_score), 0) desc, c.code
            """;

    /** The unit's criteria in reading order (field, criterion, sub-criterion), this year's first. */
    private static final String UNIT_SQL = """
            select a.year, c.code, c.name, l.max_points, s.self_score, s.appraised_score
            from assessment a join assessment_line l on l.assessment_id = a.id
                join criterion c on c.id = l.criterion_id
                left join criterion p on p.id = c.parent_id
                left join criterion g on g.id = p.parent_id
                left join assessment_score s on s.assessment_id = a.id and s.criterion_id = l.criterion_id
            where a.unit_id = ? and a.year in (?, ?) and a.status = 'FINAL'
            order by a.year desc, array_remove(array[g.position, p.position, c.position], null), c.id
            """;

    private final JdbcTemplate jdbc;

    ScoringAnalysis(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    YearAnalysis year(int year) {
        return new YearAnalysis(year, units(year), losses(year));
    }

    /** The units of the year, the most over-scoring (as a share of their maximum) first. */
    List<UnitScoring> units(int year) {
        Map<Long, SelfVsAppraised> previous = new HashMap<>();
        List<UnitRow> current = new ArrayList<>();
        jdbc.query(UNITS_SQL, row -> {
            SelfVsAppraised figures = new SelfVsAppraised(row.getBigDecimal("max_points"),
                    row.getBigDecimal("self_points"), row.getBigDecimal("appraised_points"));
            if (row.getInt("year") == year) {
                current.add(new UnitRow(row.getLong("unit_id"), row.getString("name"),
                        AssessedKind.valueOf(row.getString("kind")), figures));
            } else {
                previous.put(row.getLong("unit_id"), figures);
            }
        }, year, year - 1);
        return current.stream()
                .map(unit -> new UnitScoring(unit.id(), unit.name(), unit.kind(), unit.figures(),
                        previous.get(unit.id())))
                .sorted(Comparator.comparing((UnitScoring unit) -> unit.year().overScoredPercent()).reversed()
                        .thenComparing(Comparator.comparing((UnitScoring unit) -> unit.year().overScored())
                                .reversed())
                        .thenComparing(UnitScoring::unitName).thenComparing(UnitScoring::unitId))
                .toList();
    }

    /** For each kind with final assessments, its criteria by the points lost over its units, the most first. */
    Map<AssessedKind, List<CriterionLoss>> losses(int year) {
        Map<AssessedKind, List<CriterionLoss>> byKind = new EnumMap<>(AssessedKind.class);
        jdbc.query(LOSSES_SQL, row -> {
            CriterionLoss loss = loss(row);
            byKind.computeIfAbsent(loss.kind(), kind -> new ArrayList<>()).add(loss);
        }, year);
        return new LinkedHashMap<>(byKind);
    }

    /** A unit's final assessment criterion by criterion, with the year before's; empty when it has none. */
    List<CriterionComparison> unit(int year, long unitId) {
        List<Line> current = new ArrayList<>();
        Map<String, Line> previous = new HashMap<>();
        jdbc.query(UNIT_SQL, row -> {
            Line line = new Line(row.getString("code"), row.getString("name"), row.getBigDecimal("max_points"),
                    row.getBigDecimal("self_score"), row.getBigDecimal("appraised_score"));
            if (row.getInt("year") == year) {
                current.add(line);
            } else {
                previous.put(line.code(), line);
            }
        }, unitId, year, year - 1);
        return current.stream().map(line -> {
            Line before = previous.get(line.code());
            return new CriterionComparison(line.code(), line.name(), line.maxPoints(), line.self(), line.appraised(),
                    before == null ? null : before.maxPoints(), before == null ? null : before.appraised());
        }).toList();
    }

    private static CriterionLoss loss(ResultSet row) throws SQLException {
        return new CriterionLoss(AssessedKind.valueOf(row.getString("kind")), row.getString("code"),
                row.getString("name"), row.getInt("units"), row.getBigDecimal("max_points"),
                row.getBigDecimal("self_points"), row.getBigDecimal("appraised_points"));
    }

    private record UnitRow(long id, String name, AssessedKind kind, SelfVsAppraised figures) {
    }

    private record Line(String code, String name, BigDecimal maxPoints, BigDecimal self, BigDecimal appraised) {
    }
}
