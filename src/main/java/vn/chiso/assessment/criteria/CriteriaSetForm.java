package vn.chiso.assessment.criteria;

import java.math.BigDecimal;

import vn.chiso.assessment.AssessedKind;

/** What a coordinator types to start an empty set. The rules are checked by {@link CriteriaEditing}. */
public record CriteriaSetForm(Integer year, AssessedKind kind, String name, BigDecimal surveyPoints) {

    public static CriteriaSetForm empty(int year) {
        return new CriteriaSetForm(year, null, "", BigDecimal.ZERO);
    }
}
