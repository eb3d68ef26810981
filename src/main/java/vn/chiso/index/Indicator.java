package vn.chiso.index;

import java.math.BigDecimal;

/** A node of an index's tree. Its code never changes once created: files and history refer to it. */
record Indicator(Long id, long indexId, Long parentId, String code, String nameVi, String nameEn,
        BigDecimal scaleMin, BigDecimal scaleMax, BigDecimal weight, Long leadUnitId, int position, boolean retired) {

    /** A new indicator under {@code parentId}, described by the coordinator's form. */
    static Indicator create(long indexId, long parentId, String code, IndicatorForm form) {
        return new Indicator(null, indexId, parentId, code, null, null, null, null, null, null, 0, false)
                .describedAs(form);
    }

    /** The same indicator with the form's names, scale, weight, lead unit and position. */
    Indicator describedAs(IndicatorForm form) {
        return new Indicator(id, indexId, parentId, code, form.nameVi().strip(), form.nameEn().strip(),
                form.scaleMin(), form.scaleMax(), form.weight(), form.leadUnitId(),
                form.position() == null ? 0 : form.position(), retired);
    }

    IndicatorView view(int depth) {
        return new IndicatorView(id, indexId, parentId, code, nameVi, nameEn, scaleMin, scaleMax, weight, leadUnitId,
                position, retired, depth);
    }
}
