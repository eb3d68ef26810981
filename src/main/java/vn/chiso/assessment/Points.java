package vn.chiso.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Arithmetic of points and shares, rounded as the province publishes them: two decimals, half up. */
public final class Points {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Points() {
    }

    /** {@code part} as a percentage of {@code whole}, or zero of nothing. */
    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** A score is allowed when it lies between zero and the maximum and is a whole number of steps. */
    public static boolean allowed(BigDecimal score, BigDecimal max, BigDecimal step) {
        if (score.signum() < 0 || score.compareTo(max) > 0) {
            return false;
        }
        return step == null || score.remainder(step).signum() == 0;
    }

    /** Points as typed back into a form: 1,5 or 2. */
    public static String text(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public static BigDecimal orZero(BigDecimal points) {
        return points == null ? BigDecimal.ZERO : points;
    }
}
