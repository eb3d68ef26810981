package vn.chiso.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rating of a percentage by the year's thresholds: exactly at a threshold is in it, a hundredth below is not. */
class ThresholdsTests {

    private final Thresholds thresholds = new Thresholds(new BigDecimal("90"), new BigDecimal("80"),
            new BigDecimal("70"));

    @Test
    void eachThresholdIsTheLowestPercentOfItsRating() {
        assertThat(rate("100.00")).isEqualTo(Rating.GOOD);
        assertThat(rate("90.00")).isEqualTo(Rating.GOOD);
        assertThat(rate("89.99")).isEqualTo(Rating.FAIR);
        assertThat(rate("80")).isEqualTo(Rating.FAIR);
        assertThat(rate("79.99")).isEqualTo(Rating.AVERAGE);
        assertThat(rate("70.00")).isEqualTo(Rating.AVERAGE);
        assertThat(rate("69.99")).isEqualTo(Rating.WEAK);
        assertThat(rate("0")).isEqualTo(Rating.WEAK);
    }

    /** 269,99 of 300 points is 89,9966… %, rounded to 90,00 before it is rated: Tốt. */
    @Test
    void aUnitIsRatedOnItsRoundedPercent() {
        Totals totals = new Totals(new BigDecimal("269.99"), new BigDecimal("259.99"), new BigDecimal("10"),
                new BigDecimal("300"));
        assertThat(thresholds.rate(totals.percent())).isEqualTo(Rating.GOOD);
    }

    @Test
    void thresholdsOfTheProvincesOwnChoosingAreKeptToTheHundredth() {
        Thresholds own = new Thresholds(new BigDecimal("85.5"), new BigDecimal("70.25"), new BigDecimal("50"));
        assertThat(own.rate(new BigDecimal("85.50"))).isEqualTo(Rating.GOOD);
        assertThat(own.rate(new BigDecimal("85.49"))).isEqualTo(Rating.FAIR);
        assertThat(own.rate(new BigDecimal("70.25"))).isEqualTo(Rating.FAIR);
        assertThat(own.rate(new BigDecimal("70.24"))).isEqualTo(Rating.AVERAGE);
        assertThat(own.rate(new BigDecimal("49.99"))).isEqualTo(Rating.WEAK);
    }

    private Rating rate(String percent) {
        return thresholds.rate(new BigDecimal(percent));
    }
}
