package vn.chiso.report.timeliness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * How many owing units reported on time, late, or not at all, and the two rates DHIS2 calls the reporting rate
 * (submitted / owing) and the on-time rate (on time / owing), computed from the counts.
 */
public record Counts(int owing, int onTime, int late, int missing, int pending) {

    public static Counts of(Collection<UnitState> states) {
        return new Counts(states.size(), count(states, UnitState.ON_TIME), count(states, UnitState.LATE),
                count(states, UnitState.MISSING), count(states, UnitState.PENDING));
    }

    public int submitted() {
        return onTime + late;
    }

    /** Units that have not sent their report, whether or not its deadline has passed. */
    public int notSent() {
        return missing + pending;
    }

    /** Percentage of owing units that submitted, two decimals; {@code null} when no unit owes a report. */
    public BigDecimal reportingRate() {
        return percent(submitted());
    }

    public BigDecimal onTimeRate() {
        return percent(onTime);
    }

    private BigDecimal percent(int part) {
        return owing == 0 ? null : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(owing), 2,
                RoundingMode.HALF_UP);
    }

    private static int count(Collection<UnitState> states, UnitState state) {
        return (int) states.stream().filter(state::equals).count();
    }
}
