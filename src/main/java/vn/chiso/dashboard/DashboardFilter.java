package vn.chiso.dashboard;

import java.util.Locale;

import vn.chiso.shared.Decimals;

/**
 * What a dashboard is narrowed to: a year (null: the year the province is working towards), one plan, one index.
 * Read leniently from the query string: a value that is not a year or a plan number is ignored, never an error page.
 */
public record DashboardFilter(Integer year, Long planId, String indexCode) {

    public static final DashboardFilter NONE = new DashboardFilter(null, null, null);

    public static DashboardFilter of(String year, String plan, String index) {
        Integer chosenYear = year == null ? null : Decimals.parseWhole(year).filter(y -> y > 1900 && y < 2200)
                .orElse(null);
        Long chosenPlan = plan == null ? null : Decimals.parseWhole(plan).filter(id -> id > 0).map(Long::valueOf)
                .orElse(null);
        String chosenIndex = index == null || index.isBlank() ? null : index.trim().toUpperCase(Locale.ROOT);
        return new DashboardFilter(chosenYear, chosenPlan, chosenIndex);
    }
}
