package vn.chiso;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import vn.chiso.shared.DemoClock;

/**
 * The application's clock in tests: the real time unless a test sets a moment (a deadline boundary, the day of a
 * reminder), which it must {@link #reset()} afterwards since every test of the context shares it. It is a
 * {@link DemoClock}, so the demo is built at its files' moments in test contexts too.
 */
public class TestClock extends DemoClock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public TestClock(ZoneId zone) {
        super(Clock.system(zone));
        this.zone = zone;
    }

    public void set(Instant moment) {
        fixed = moment;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return fixed == null ? Clock.system(other) : Clock.fixed(fixed, other);
    }

    @Override
    public Instant instant() {
        return fixed == null ? super.instant() : fixed;
    }
}
