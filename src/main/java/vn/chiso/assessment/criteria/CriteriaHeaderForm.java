package vn.chiso.assessment.criteria;

import java.math.BigDecimal;

/** The name of a set and the points of its survey; its year and kind stay as they were created. */
public record CriteriaHeaderForm(String name, BigDecimal surveyPoints) {

    public static CriteriaHeaderForm of(CriteriaSet set) {
        return new CriteriaHeaderForm(set.name(), set.surveyPoints());
    }
}
