package vn.chiso.assessment;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.chiso.assessment.criteria.Criterion;

/**
 * What the appraiser types: an appraised score and a comment per line, in the order of the unit's form. A line never
 * appraised starts from the unit's own score, so that only the scores the appraiser disagrees with need typing.
 */
public record AppraisalForm(Integer version, List<@Valid Line> lines) {

    public AppraisalForm {
        lines = lines == null ? new ArrayList<>() : lines;
    }

    public static AppraisalForm of(AssessmentView assessment) {
        List<Line> lines = new ArrayList<>();
        for (Criterion criterion : assessment.applicable()) {
            ScoreLine line = assessment.line(criterion.id());
            var score = line.appraisedScore() != null ? line.appraisedScore() : line.selfScore();
            lines.add(new Line(criterion.id(), score == null ? "" : Points.text(score), line.appraisalComment()));
        }
        return new AppraisalForm(assessment.header().version(), lines);
    }

    /** The posted lines in the order of the form, the stored ones for what the post left out. */
    public AppraisalForm alignedWith(AssessmentView assessment) {
        return new AppraisalForm(version, FormLines.align(lines, of(assessment).lines(), Line::criterionId));
    }

    public record Line(Long criterionId, String score,
            @Size(max = 5000, message = "{assessment.comment.size}") String comment) {
    }
}
