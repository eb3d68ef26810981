package vn.chiso.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout rule in time, against the real table, with a clock the test moves. */
@ChisoTest
class LoginThrottleTests {

    @Autowired
    JdbcTemplate jdbc;

    private final MovableClock clock = new MovableClock();
    private LoginThrottle throttle;
    private String name;

    @BeforeEach
    void throttle() {
        throttle = new LoginThrottle(JdbcClient.create(jdbc), clock);
        name = TestData.unique("nguoidung");
    }

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        for (int failure = 1; failure <= 4; failure++) {
            assertThat(throttle.recordFailure(name)).isFalse();
            clock.advance(Duration.ofMinutes(3));
        }
        assertThat(throttle.isLocked(name)).isFalse();
        assertThat(throttle.recordFailure(name)).as("fifth failure, 12 minutes after the first").isTrue();
        assertThat(throttle.isLocked(name)).isTrue();

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.isLocked(name)).isTrue();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(throttle.isLocked(name)).isFalse();
        assertThat(throttle.recordFailure(name)).as("a new count starts after the lock").isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int failure = 1; failure <= 8; failure++) {
            assertThat(throttle.recordFailure(name)).as("failure " + failure).isFalse();
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.isLocked(name)).isFalse();
    }

    @Test
    void namesAreCountedWhateverTheirCaseAndResetForgetsThem() {
        for (int failure = 1; failure <= 4; failure++) {
            throttle.recordFailure(name.toUpperCase(java.util.Locale.ROOT));
        }
        throttle.reset(name);
        assertThat(throttle.recordFailure(name)).isFalse();
        assertThat(throttle.lockedAmong(java.util.List.of(name))).isEmpty();
        for (int failure = 2; failure <= 5; failure++) {
            throttle.recordFailure(" " + name + " ");
        }
        assertThat(throttle.lockedAmong(java.util.List.of(name, "khac"))).containsExactly(name);
    }

    @Test
    void aNameLongerThanTheTableKeepsIsNotCounted() {
        String tooLong = name + "x".repeat(LoginThrottle.MAX_USERNAME_LENGTH);
        for (int failure = 1; failure <= LoginThrottle.MAX_FAILURES; failure++) {
            assertThat(throttle.recordFailure(tooLong)).isFalse();
        }
        assertThat(throttle.isLocked(tooLong)).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username like ?", Integer.class,
                name + "x%")).isZero();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-21T01:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
