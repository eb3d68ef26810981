package vn.chiso.index.result;

import java.math.BigDecimal;

import vn.chiso.index.IndicatorView;

/**
 * One node of an index's tree in a year: the province's value, its value the year before, the national average and
 * the best province (both over ranked provinces, computed only from a complete table).
 */
public record TreeRow(IndicatorView indicator, ResultCell ours, ResultCell before, Integer rankedAmong,
        BigDecimal nationalAverage, String bestProvince, BigDecimal bestScore) {

    public BigDecimal scoreChange() {
        return ours == null || before == null || ours.score() == null || before.score() == null ? null
                : ours.score().subtract(before.score());
    }

    public Integer placesGained() {
        return ours == null || before == null || ours.rank() == null || before.rank() == null ? null
                : before.rank() - ours.rank();
    }

    public BigDecimal gapToAverage() {
        return ours == null || ours.score() == null || nationalAverage == null ? null
                : ours.score().subtract(nationalAverage);
    }
}
