package vn.chiso.index;

import java.math.BigDecimal;

/**
 * The province's published value of an indicator in one year, as other modules read it.
 *
 * @param rankedAmong among how many provinces it was ranked, when known
 */
public record ProvinceValue(int year, BigDecimal score, Integer rank, Integer group, Integer rankedAmong) {
}
