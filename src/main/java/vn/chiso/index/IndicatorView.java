package vn.chiso.index;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * An indicator as pages and other modules see it.
 *
 * @param weight its share in the parent where the parent is a weighted sum, else null
 * @param leadUnitId the unit of the province that follows it, if one is named
 * @param depth 0 for the index's aggregate, 1 for its dimensions, and so on
 */
public record IndicatorView(long id, long indexId, Long parentId, String code, String nameVi, String nameEn,
        BigDecimal scaleMin, BigDecimal scaleMax, BigDecimal weight, Long leadUnitId, int position, boolean retired,
        int depth) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public boolean isAggregate() {
        return parentId == null;
    }

    public boolean accepts(BigDecimal score) {
        return score.compareTo(scaleMin) >= 0 && score.compareTo(scaleMax) <= 0;
    }
}
