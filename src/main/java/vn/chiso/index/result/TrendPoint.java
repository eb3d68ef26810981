package vn.chiso.index.result;

import java.math.BigDecimal;

/** The province's value of an indicator in one year, with the national average that year (null when unknown). */
public record TrendPoint(int year, BigDecimal score, Integer rank, Integer rankedAmong, BigDecimal nationalAverage) {
}
