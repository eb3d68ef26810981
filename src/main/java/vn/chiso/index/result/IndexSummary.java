package vn.chiso.index.result;

import java.math.BigDecimal;

import vn.chiso.index.IndexView;

/** The province's latest aggregate result of an index and the one before it, either of them possibly missing. */
public record IndexSummary(IndexView index, YearResult latest, YearResult previous) {

    public BigDecimal scoreChange() {
        return latest == null || previous == null || latest.cell().score() == null || previous.cell().score() == null
                ? null : latest.cell().score().subtract(previous.cell().score());
    }

    /** Places gained since the previous result: positive when the rank number went down. */
    public Integer placesGained() {
        return latest == null || previous == null || latest.cell().rank() == null || previous.cell().rank() == null
                ? null : previous.cell().rank() - latest.cell().rank();
    }
}
