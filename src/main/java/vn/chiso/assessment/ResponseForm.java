package vn.chiso.assessment;

import java.util.ArrayList;
import java.util.List;

import vn.chiso.assessment.criteria.Criterion;

/**
 * What the unit types in answer to the appraisal returned to it: a response per line, in the order of its form. The
 * length is checked when saving, so that a refused response comes back as typed with its message.
 */
public record ResponseForm(Integer version, List<Line> lines) {

    /** The longest response to one line. */
    public static final int MAX_LENGTH = 5000;

    public ResponseForm {
        lines = lines == null ? new ArrayList<>() : lines;
    }

    public static ResponseForm of(AssessmentView assessment) {
        List<Line> lines = new ArrayList<>();
        for (Criterion criterion : assessment.applicable()) {
            lines.add(new Line(criterion.id(), assessment.line(criterion.id()).response()));
        }
        return new ResponseForm(assessment.header().version(), lines);
    }

    /** The posted lines in the order of the form, the stored ones for what the post left out. */
    public ResponseForm alignedWith(AssessmentView assessment) {
        return new ResponseForm(version, FormLines.align(lines, of(assessment).lines(), Line::criterionId));
    }

    public record Line(Long criterionId, String response) {
    }
}
