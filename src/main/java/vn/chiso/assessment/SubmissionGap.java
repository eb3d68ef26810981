package vn.chiso.assessment;

import vn.chiso.shared.RuleViolationException;

/**
 * What keeps one line of a unit's form from being submitted: no score yet, or a score above zero neither backed by a
 * document nor explained.
 *
 * @param line the line's place on the form, from 0
 */
public record SubmissionGap(int line, Kind kind) {

    public enum Kind {
        SCORE, EXPLANATION
    }

    /** The message beside the line's field when the unit tries to submit. */
    RuleViolationException violation() {
        return kind == Kind.SCORE
                ? new RuleViolationException("lines[" + line + "].score", "assessment.score.required")
                : new RuleViolationException("lines[" + line + "].explanation", "assessment.explanation.required");
    }
}
