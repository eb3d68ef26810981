package vn.chiso.index.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.chiso.index.result.TrendPoint;

/**
 * The trend chart's data as comma-separated machine numbers for data attributes (scripts read them; no inline
 * script runs under the Content-Security-Policy). An empty entry is a year without a value.
 */
public record TrendChart(List<TrendPoint> points, String years, String scores, String averages) {

    static TrendChart of(List<TrendPoint> points) {
        return new TrendChart(points, join(points, point -> String.valueOf(point.year())),
                join(points, point -> plain(point.score())), join(points, point -> plain(point.nationalAverage())));
    }

    public boolean hasValues() {
        return points.stream().anyMatch(point -> point.score() != null);
    }

    private static String join(List<TrendPoint> points, Function<TrendPoint, String> value) {
        return points.stream().map(value).collect(Collectors.joining(","));
    }

    private static String plain(BigDecimal number) {
        return number == null ? "" : number.stripTrailingZeros().toPlainString();
    }
}
