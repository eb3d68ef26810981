package vn.chiso.assessment.criteria;

import java.math.BigDecimal;

/**
 * A field, criterion or sub-criterion as typed. The parent is used only when adding; the maximum and the step only
 * for a node without children (a parent's maximum is its children's sum).
 */
public record CriterionForm(Long parentId, String code, String name, BigDecimal maxPoints, BigDecimal step) {

    /** A new node under {@code parent} (a field when {@code null}), its code begun with the parent's. */
    public static CriterionForm under(Criterion parent) {
        return new CriterionForm(parent == null ? null : parent.id(), parent == null ? "" : parent.code() + ".", "",
                null, null);
    }

    public static CriterionForm of(Criterion node) {
        return new CriterionForm(node.parentId(), node.code(), node.name(), node.maxPoints(), node.step());
    }
}
