package vn.chiso.dashboard.index;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.chiso.index.result.TrendPoint;

/**
 * The aggregate's trend over every year with results, the national average and the score the plans aim at, as
 * comma-separated machine numbers for the chart's data attributes (an empty entry is a year without a value).
 *
 * @param targets the minimum score the plans set for a year (the highest when several plans set one)
 */
public record TrendWithTargets(List<TrendPoint> points, Map<Integer, BigDecimal> targets) {

    public List<Integer> years() {
        TreeSet<Integer> years = new TreeSet<>(targets.keySet());
        points.forEach(point -> years.add(point.year()));
        return List.copyOf(years);
    }

    public boolean hasValues() {
        return points.stream().anyMatch(point -> point.score() != null) || !targets.isEmpty();
    }

    public String yearList() {
        return years().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public String scores() {
        return join(point -> point.score());
    }

    public String averages() {
        return join(TrendPoint::nationalAverage);
    }

    public String targetValues() {
        return years().stream().map(year -> plain(targets.get(year))).collect(Collectors.joining(","));
    }

    private String join(Function<TrendPoint, BigDecimal> value) {
        Map<Integer, TrendPoint> byYear = points.stream().collect(Collectors.toMap(TrendPoint::year, p -> p));
        return years().stream().map(year -> byYear.containsKey(year) ? plain(value.apply(byYear.get(year))) : "")
                .collect(Collectors.joining(","));
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
