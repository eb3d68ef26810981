package vn.chiso.index;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An index with its performance groups (best first) and its aggregate indicator, whose scale is the index's scale.
 */
public record IndexView(long id, String code, String nameVi, String nameEn, String publisher, Measure measure,
        boolean higherIsBetter, List<GroupLabel> groups, IndicatorView aggregate) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }

    public Optional<GroupLabel> group(Integer position) {
        return position == null ? Optional.empty()
                : groups.stream().filter(group -> group.position() == position).findFirst();
    }
}
