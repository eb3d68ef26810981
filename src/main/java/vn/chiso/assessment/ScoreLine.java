package vn.chiso.assessment;

import java.math.BigDecimal;
import java.util.List;

import vn.chiso.document.UnitEvidence;

/** What was said about one scored criterion: by the unit, by the appraiser, and the unit's response. */
public record ScoreLine(long criterionId, BigDecimal selfScore, String explanation, BigDecimal appraisedScore,
        String appraisalComment, String response, List<UnitEvidence> evidence) {

    static ScoreLine empty(long criterionId) {
        return new ScoreLine(criterionId, null, null, null, null, null, List.of());
    }

    /** A score above zero must be backed by a document or explained. */
    public boolean needsExplanation() {
        return selfScore != null && selfScore.signum() > 0 && evidence.isEmpty()
                && (explanation == null || explanation.isBlank());
    }
}
