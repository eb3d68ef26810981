package vn.chiso.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.criteria.CriteriaSet;
import vn.chiso.assessment.criteria.CriteriaSets;
import vn.chiso.document.EvidenceFile;
import vn.chiso.document.EvidenceFiles;
import vn.chiso.document.UnitEvidence;
import vn.chiso.shared.NotFoundException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;

/** Reading assessments: one unit's with its lines and evidence, and the summary of every unit's for a year. */
@Service
@Transactional(readOnly = true)
public class Assessments {

    static final String HEADER_SQL = """
            select a.id, a.year, a.unit_id, u.name as unit_name, cs.kind, a.set_id, a.status, a.submitted_at, a.late,
                a.returned_at, a.return_comment, a.responded_at, a.finalized_at, a.survey_points, a.updated_by,
                a.updated_at, a.version
            from assessment a join published_unit u on u.id = a.unit_id join criteria_set cs on cs.id = a.set_id
            """;

    private final JdbcTemplate jdbc;
    private final CriteriaSets sets;
    private final UnitService units;
    private final EvidenceFiles evidence;

    Assessments(JdbcTemplate jdbc, CriteriaSets sets, UnitService units, EvidenceFiles evidence) {
        this.jdbc = jdbc;
        this.sets = sets;
        this.units = units;
        this.evidence = evidence;
    }

    public Optional<AssessmentHeader> find(int year, long unitId) {
        return jdbc.query(HEADER_SQL + " where a.year = ? and a.unit_id = ?", Assessments::header, year, unitId)
                .stream().findFirst();
    }

    /**
     * A unit's assessment; before the unit has begun, the empty form of the set it would be given.
     *
     * @throws NotFoundException no such unit, or it has not begun and no set exists for its kind and the year
     */
    public AssessmentView view(int year, long unitId) {
        Optional<AssessmentHeader> header = find(year, unitId);
        UnitView unit = units.find(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        long setId = header.map(AssessmentHeader::setId).orElseGet(() -> sets.current(year,
                AssessedKind.of(unit.kind())).map(CriteriaSet::id)
                .orElseThrow(() -> new NotFoundException("Criteria set", year)));
        Set<Long> waived = sets.waived(setId, unitId);
        Map<Long, ScoreLine> lines = header.map(found -> lines(found.id())).orElse(Map.of());
        return new AssessmentView(year, unitId, unit.name(), header.orElse(null), sets.tree(setId), waived, lines);
    }

    /** A begun assessment from its header, without looking the header and the unit up again. */
    public AssessmentView view(AssessmentHeader header) {
        return new AssessmentView(header.year(), header.unitId(), header.unitName(), header, sets.tree(header.setId()),
                sets.waived(header.setId(), header.unitId()), lines(header.id()));
    }

    /**
     * A file backing a unit's assessment, for whoever may read the assessment; the unit's own officers get any file of
     * their unit (they pick among them on the form).
     *
     * @throws NotFoundException the user may not read the assessment, or the file does not back it
     */
    public EvidenceFile evidenceFile(int year, long unitId, long evidenceId, CurrentUser user) {
        AssessmentView assessment = view(year, unitId);
        AssessmentAccess.checkRead(assessment, user);
        boolean backs = Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from assessment_evidence where assessment_id = ? and evidence_id = ?)
                """, Boolean.class, assessment.header().id(), evidenceId));
        if (!backs && !AssessmentAccess.ownUnit(unitId, user)) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        return evidence.fileOfUnit(unitId, evidenceId);
    }

    /** Every unit's assessment of a year with its points, whatever its status. */
    public List<AssessmentSummary> summaries(int year) {
        return jdbc.query("""
                select a.id, a.unit_id, u.name, u.short_name, u.code, cs.kind, a.status, a.late, a.submitted_at,
                    a.survey_points, cs.survey_points as survey_max, coalesce(sum(l.max_points), 0) as self_max,
                    coalesce(sum(s.self_score), 0) as self_points,
                    coalesce(sum(s.appraised_score), 0) as appraised_points
                from assessment a join published_unit u on u.id = a.unit_id join criteria_set cs on cs.id = a.set_id
                    left join assessment_line l on l.assessment_id = a.id
                    left join assessment_score s on s.assessment_id = a.id and s.criterion_id = l.criterion_id
                where a.year = ?
                group by a.id, u.id, u.name, u.short_name, u.code, cs.id
                order by u.name, u.id
                """, (row, n) -> new AssessmentSummary(row.getLong("id"), row.getLong("unit_id"),
                row.getString("name"), row.getString("short_name"), row.getString("code"),
                AssessedKind.valueOf(row.getString("kind")), AssessmentStatus.valueOf(row.getString("status")),
                (Boolean) row.getObject("late"), instant(row.getTimestamp("submitted_at")),
                new Totals(row.getBigDecimal("self_points"), row.getBigDecimal("appraised_points"),
                        Points.orZero(row.getBigDecimal("survey_points")),
                        row.getBigDecimal("self_max").add(row.getBigDecimal("survey_max"))),
                row.getBigDecimal("survey_points") != null), year);
    }

    private Map<Long, ScoreLine> lines(long assessmentId) {
        Map<Long, List<Long>> backing = new HashMap<>();
        jdbc.query("select criterion_id, evidence_id from assessment_evidence where assessment_id = ?",
                row -> {
                    backing.computeIfAbsent(row.getLong("evidence_id"), id -> new ArrayList<>())
                            .add(row.getLong("criterion_id"));
                }, assessmentId);
        Map<Long, List<UnitEvidence>> evidence = new HashMap<>();
        this.evidence.described(backing.keySet()).values().forEach(file -> backing.get(file.id())
                .forEach(criterionId -> evidence.computeIfAbsent(criterionId, id -> new ArrayList<>()).add(file)));
        Map<Long, ScoreLine> lines = new HashMap<>();
        jdbc.query("""
                select criterion_id, self_score, explanation, appraised_score, appraisal_comment, response
                from assessment_score where assessment_id = ?
                """, row -> {
            long criterionId = row.getLong("criterion_id");
            lines.put(criterionId, new ScoreLine(criterionId, row.getBigDecimal("self_score"),
                    row.getString("explanation"), row.getBigDecimal("appraised_score"),
                    row.getString("appraisal_comment"), row.getString("response"),
                    evidence.getOrDefault(criterionId, List.of())));
        }, assessmentId);
        evidence.forEach((criterionId, files) -> lines.putIfAbsent(criterionId,
                new ScoreLine(criterionId, null, null, null, null, null, files)));
        return lines;
    }

    static AssessmentHeader header(ResultSet row, int n) throws SQLException {
        BigDecimal survey = row.getBigDecimal("survey_points");
        return new AssessmentHeader(row.getLong("id"), row.getInt("year"), row.getLong("unit_id"),
                row.getString("unit_name"), AssessedKind.valueOf(row.getString("kind")), row.getLong("set_id"),
                AssessmentStatus.valueOf(row.getString("status")), instant(row.getTimestamp("submitted_at")),
                (Boolean) row.getObject("late"), instant(row.getTimestamp("returned_at")),
                row.getString("return_comment"), instant(row.getTimestamp("responded_at")),
                instant(row.getTimestamp("finalized_at")), survey, row.getString("updated_by"),
                instant(row.getTimestamp("updated_at")), row.getInt("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
