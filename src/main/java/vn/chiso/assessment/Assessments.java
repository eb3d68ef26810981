package vn.chiso.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.criteria.CriteriaSet;
import vn.chiso.assessment.criteria.CriteriaSets;
import vn.chiso.assessment.criteria.UnitCriteria;
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

    private final AssessmentRepository assessments;
    private final ScoreLineRepository lines;
    private final CriteriaSets sets;
    private final UnitService units;
    private final EvidenceFiles evidence;

    Assessments(AssessmentRepository assessments, ScoreLineRepository lines, CriteriaSets sets, UnitService units,
            EvidenceFiles evidence) {
        this.assessments = assessments;
        this.lines = lines;
        this.sets = sets;
        this.units = units;
        this.evidence = evidence;
    }

    public Optional<AssessmentHeader> find(int year, long unitId) {
        return assessments.find(year, unitId);
    }

    /**
     * A unit's assessment; before the unit has begun, the empty form of the set it would be given.
     *
     * @throws NotFoundException no such unit, or it has not begun and no set exists for its kind and the year
     */
    public AssessmentView view(int year, long unitId) {
        Optional<AssessmentHeader> header = find(year, unitId);
        if (header.isPresent()) {
            return view(header.get());
        }
        UnitView unit = units.find(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        long setId = sets.current(year, AssessedKind.of(unit.kind())).map(CriteriaSet::id)
                .orElseThrow(() -> new NotFoundException("Criteria set", year));
        UnitCriteria criteria = sets.forUnit(setId, unitId);
        return new AssessmentView(year, unitId, unit.name(), null, criteria.tree(), criteria.waived(), Map.of());
    }

    /** A begun assessment from its header, without looking the header and the unit up again. */
    public AssessmentView view(AssessmentHeader header) {
        UnitCriteria criteria = sets.forUnit(header.setId(), header.unitId());
        return new AssessmentView(header.year(), header.unitId(), header.unitName(), header, criteria.tree(),
                criteria.waived(), lines(header.id()));
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
        if (!lines.backs(assessment.header().id(), evidenceId) && !AssessmentAccess.ownUnit(unitId, user)) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        return evidence.fileOfUnit(unitId, evidenceId);
    }

    /** Every unit's assessment of a year with its points, whatever its status. */
    public List<AssessmentSummary> summaries(int year) {
        return assessments.summaries(year);
    }

    /** The stored lines with the files backing each, in the order the document module describes them. */
    private Map<Long, ScoreLine> lines(long assessmentId) {
        List<ScoreLineRepository.LineRow> rows = lines.lines(assessmentId);
        Map<Long, UnitEvidence> files = evidence.described(rows.stream()
                .flatMap(row -> row.evidenceIds().stream()).collect(Collectors.toSet()));
        Map<Long, ScoreLine> lines = new HashMap<>();
        for (ScoreLineRepository.LineRow row : rows) {
            List<UnitEvidence> backing = files.values().stream()
                    .filter(file -> row.evidenceIds().contains(file.id())).toList();
            lines.put(row.criterionId(), new ScoreLine(row.criterionId(), row.selfScore(), row.explanation(),
                    row.appraisedScore(), row.appraisalComment(), row.response(), backing));
        }
        return lines;
    }
}
