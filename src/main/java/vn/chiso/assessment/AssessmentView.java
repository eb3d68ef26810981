package vn.chiso.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.chiso.assessment.criteria.CriteriaTree;
import vn.chiso.assessment.criteria.Criterion;

/**
 * A unit's assessment with its criteria and what was said about each.
 *
 * @param header {@code null} while the unit has not begun (the page then shows the empty form of the current set)
 * @param waived the criteria that do not apply to the unit
 */
public record AssessmentView(int year, long unitId, String unitName, AssessmentHeader header, CriteriaTree criteria,
        Set<Long> waived, Map<Long, ScoreLine> lines) {

    public AssessmentStatus status() {
        return header == null ? AssessmentStatus.DRAFT : header.status();
    }

    /**
     * Whether the unit has sent its response to the returned appraisal. What it types before sending is kept as a
     * draft and shown to nobody else.
     */
    public boolean responseSent() {
        return header != null && header.respondedAt() != null;
    }

    public ScoreLine line(long criterionId) {
        return lines.getOrDefault(criterionId, ScoreLine.empty(criterionId));
    }

    public boolean waived(Criterion criterion) {
        return criteria.waived(criterion, waived);
    }

    /** The scored criteria that apply to the unit, in the order of the set: the lines of its form. */
    public List<Criterion> applicable() {
        return criteria.scored().stream().filter(criterion -> !waived(criterion)).toList();
    }

    /** What keeps the unit from submitting, in the order of its form: the checks made at submission. */
    public List<SubmissionGap> submissionGaps() {
        List<SubmissionGap> gaps = new ArrayList<>();
        List<Criterion> lines = applicable();
        for (int i = 0; i < lines.size(); i++) {
            ScoreLine line = line(lines.get(i).id());
            if (line.selfScore() == null) {
                gaps.add(new SubmissionGap(i, SubmissionGap.Kind.SCORE));
            } else if (line.needsExplanation()) {
                gaps.add(new SubmissionGap(i, SubmissionGap.Kind.EXPLANATION));
            }
        }
        return gaps;
    }

    public BigDecimal maxOf(Criterion criterion) {
        return criteria.maxOf(criterion, waived);
    }

    /** The points of a node (sum over its scored criteria that apply), self-assessed or appraised. */
    public BigDecimal pointsOf(Criterion node, boolean appraised) {
        if (waived(node)) {
            return BigDecimal.ZERO;
        }
        if (node.scored()) {
            ScoreLine line = line(node.id());
            return Points.orZero(appraised ? line.appraisedScore() : line.selfScore());
        }
        return criteria.childrenOf(node.id()).stream().map(child -> pointsOf(child, appraised))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Totals totals() {
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal appraised = BigDecimal.ZERO;
        for (Criterion field : criteria.fields()) {
            self = self.add(pointsOf(field, false));
            appraised = appraised.add(pointsOf(field, true));
        }
        BigDecimal survey = header == null ? BigDecimal.ZERO : Points.orZero(header.surveyPoints());
        return new Totals(self, appraised, survey, criteria.selfMax(waived).add(criteria.set().surveyPoints()));
    }
}
