package vn.chiso.index;

import java.util.List;
import java.util.Optional;

/** An index with all its indicators in tree order (retired ones included, marked). */
public record Catalogue(IndexView index, List<IndicatorView> indicators) {

    public Optional<IndicatorView> indicator(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equalsIgnoreCase(code)).findFirst();
    }

    public List<IndicatorView> active() {
        return indicators.stream().filter(indicator -> !indicator.retired()).toList();
    }
}
