package vn.chiso.assessment;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit's PAR points: total = appraised + survey, as a percentage of its maximum, two decimals half up. */
class PointsTests {

    @Test
    void theTotalIsTheAppraisedPointsPlusTheSurveyPoints() {
        Totals totals = new Totals(new BigDecimal("88.5"), new BigDecimal("81.25"), new BigDecimal("8.5"),
                new BigDecimal("100"));
        assertThat(totals.total()).isEqualByComparingTo("89.75");
        assertThat(totals.percent()).isEqualTo(new BigDecimal("89.75"));
        assertThat(totals.overScored()).as("what the appraisal took off").isEqualByComparingTo("7.25");
    }

    @Test
    void appraisalAboveTheUnitsOwnScoreIsANegativeOverScore() {
        Totals totals = new Totals(new BigDecimal("70"), new BigDecimal("72"), BigDecimal.ZERO, new BigDecimal("90"));
        assertThat(totals.overScored()).isEqualByComparingTo("-2");
    }

    /** 269,99 of 300 is 89,9966… %: 90,00; 269,98 is 89,9933… %: 89,99. */
    @Test
    void thePercentIsRoundedHalfUpToTwoDecimals() {
        assertThat(Points.percent(new BigDecimal("269.99"), new BigDecimal("300"))).isEqualTo(new BigDecimal("90.00"));
        assertThat(Points.percent(new BigDecimal("269.98"), new BigDecimal("300"))).isEqualTo(new BigDecimal("89.99"));
        assertThat(Points.percent(new BigDecimal("0.5"), new BigDecimal("8"))).as("6,25 exactly")
                .isEqualTo(new BigDecimal("6.25"));
        assertThat(Points.percent(1, 8)).as("12,5 written with two decimals").isEqualTo(new BigDecimal("12.50"));
        assertThat(Points.percent(1, 3)).isEqualTo(new BigDecimal("33.33"));
        assertThat(Points.percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
    }

    /** The share of a rating, e.g. 30 of 43 units Tốt: 69,77 %. */
    @Test
    void aShareOfUnitsIsAPercentToo() {
        assertThat(Points.percent(30, 43)).isEqualTo(new BigDecimal("69.77"));
        assertThat(Points.percent(43, 43)).isEqualTo(new BigDecimal("100.00"));
    }

    @Test
    void aShareOfNothingIsZero() {
        assertThat(Points.percent(0, 0)).isEqualTo(new BigDecimal("0.00"));
        assertThat(new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO).percent())
                .as("every criterion waived").isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aScoreIsAllowedFromZeroToTheMaximumInWholeSteps() {
        BigDecimal max = new BigDecimal("2");
        BigDecimal half = new BigDecimal("0.5");
        assertThat(Points.allowed(BigDecimal.ZERO, max, half)).isTrue();
        assertThat(Points.allowed(new BigDecimal("1.5"), max, half)).isTrue();
        assertThat(Points.allowed(new BigDecimal("2.0"), max, half)).as("exactly the maximum").isTrue();
        assertThat(Points.allowed(new BigDecimal("2.5"), max, half)).isFalse();
        assertThat(Points.allowed(new BigDecimal("-0.5"), max, half)).isFalse();
        assertThat(Points.allowed(new BigDecimal("1.25"), max, half)).as("not a step of 0,5").isFalse();
        assertThat(Points.allowed(new BigDecimal("1.25"), max, null)).as("any value without a step").isTrue();
    }

    @Test
    void pointsAreTypedBackWithADecimalComma() {
        assertThat(Points.text(new BigDecimal("1.50"))).isEqualTo("1,5");
        assertThat(Points.text(new BigDecimal("2.00"))).isEqualTo("2");
        assertThat(Points.text(new BigDecimal("10"))).isEqualTo("10");
        assertThat(Points.orZero(null)).isEqualByComparingTo("0");
    }
}
