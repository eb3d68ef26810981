package vn.chiso.index.result;

import java.math.BigDecimal;

/** A stored value: its score, rank and group, and whether the rank and group were published or computed. */
public record ResultCell(BigDecimal score, Integer rank, boolean rankPublished, Integer group, boolean groupPublished) {

    public boolean groupComputed() {
        return group != null && !groupPublished;
    }
}
