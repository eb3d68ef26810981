package vn.chiso.assessment;

import java.math.BigDecimal;

/**
 * The lowest percentage of each rating, as the province's decision for the year sets them: from {@code goodFrom}
 * a unit is Tốt, from {@code fairFrom} Khá, from {@code averageFrom} Trung bình, below it Yếu.
 */
public record Thresholds(BigDecimal goodFrom, BigDecimal fairFrom, BigDecimal averageFrom) {

    public Rating rate(BigDecimal percent) {
        if (percent.compareTo(goodFrom) >= 0) {
            return Rating.GOOD;
        }
        if (percent.compareTo(fairFrom) >= 0) {
            return Rating.FAIR;
        }
        return percent.compareTo(averageFrom) >= 0 ? Rating.AVERAGE : Rating.WEAK;
    }
}
