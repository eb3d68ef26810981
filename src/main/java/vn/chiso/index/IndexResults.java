package vn.chiso.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import vn.chiso.index.province.ProvinceDirectory;

/**
 * The province's results as other modules read them (targets are evaluated against these): always the current
 * version of each year, read when asked, so nothing derived from them goes stale.
 */
@Service
public class IndexResults {

    private final IndicatorRepository indicators;
    private final String ours;

    IndexResults(IndicatorRepository indicators, ProvinceDirectory provinces) {
        this.indicators = indicators;
        this.ours = provinces.ourCode();
    }

    /** The province's values of these indicators, by indicator id and then by year: one query. */
    public Map<Long, TreeMap<Integer, ProvinceValue>> ours(Collection<Long> indicatorIds) {
        return indicatorIds.isEmpty() ? new HashMap<>() : indicators.provinceValues(ours, indicatorIds);
    }
}
