package vn.chiso.plan.target;

import java.math.BigDecimal;

/** What a plan promises for an indicator in a year, or in each year of a range, as it is written. */
record Target(long indicatorId, TargetKind kind, BigDecimal value, Integer childCount, int firstYear, int lastYear,
        String wording) {

    static Target of(TargetForm form, BigDecimal value) {
        return new Target(form.indicatorId(), form.kind(), value, form.kind().countsChildren() ? form.childCount() : null,
                form.firstYear(), form.lastYear() == null ? form.firstYear() : form.lastYear(),
                form.wording() == null || form.wording().isBlank() ? null : form.wording().strip());
    }
}
