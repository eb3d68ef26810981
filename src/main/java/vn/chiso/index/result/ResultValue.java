package vn.chiso.index.result;

import java.math.BigDecimal;

/**
 * One province's value for one indicator as the publisher gave it or a coordinator typed it. A rank or group given
 * here is published and kept; a missing one is computed when the table is complete.
 */
public record ResultValue(BigDecimal score, Integer rank, Integer group) {

    public boolean isEmpty() {
        return score == null && rank == null;
    }
}
