package vn.chiso.assessment;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.chiso.assessment.criteria.Criterion;
import vn.chiso.document.UnitEvidence;

/**
 * What a unit types into its self-assessment, one line per criterion that applies to it, in the order of the set.
 * Scores stay text until saved, so that a mistyped one comes back as typed with its message.
 */
public record AssessmentForm(Integer version, List<@Valid Line> lines) {

    public AssessmentForm {
        lines = lines == null ? new ArrayList<>() : lines;
    }

    public static AssessmentForm of(AssessmentView assessment) {
        List<Line> lines = new ArrayList<>();
        for (Criterion criterion : assessment.applicable()) {
            ScoreLine line = assessment.line(criterion.id());
            lines.add(new Line(criterion.id(), line.selfScore() == null ? "" : Points.text(line.selfScore()),
                    line.explanation(), new ArrayList<>(line.evidence().stream().map(UnitEvidence::id).toList())));
        }
        return new AssessmentForm(assessment.header() == null ? 0 : assessment.header().version(), lines);
    }

    /**
     * The posted lines put back in the order of the form, one per criterion that applies: a post that left lines out
     * (or shuffled them) is shown again with the stored values for what it did not send.
     */
    public AssessmentForm alignedWith(AssessmentView assessment) {
        return new AssessmentForm(version, FormLines.align(lines, of(assessment).lines(), Line::criterionId));
    }

    /**
     * One criterion's line.
     *
     * @param evidenceIds the unit's files that back it, uploaded with it or anywhere else in the application
     */
    public record Line(Long criterionId, String score,
            @Size(max = 5000, message = "{assessment.explanation.size}") String explanation, List<Long> evidenceIds) {

        public Line {
            evidenceIds = evidenceIds == null ? new ArrayList<>() : evidenceIds;
        }
    }
}
