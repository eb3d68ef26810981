package vn.chiso.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.chiso.ChisoTest;
import vn.chiso.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The lockout rule in time and under concurrent guesses, against the real table, with a clock the test moves. */
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

    private static final String HERE = "203.0.113.9";
    private static final String ELSEWHERE = "198.51.100.7";

    @Test
    void theFifthFailureWithinFifteenMinutesLocksForFifteenMinutes() {
        for (int failure = 1; failure <= 4; failure++) {
            LoginThrottle.Attempt attempt = throttle.begin(name, HERE);
            assertThat(attempt.checked()).isTrue();
            assertThat(throttle.failed(attempt)).isFalse();
            clock.advance(Duration.ofMinutes(3));
        }
        LoginThrottle.Attempt fifth = throttle.begin(name, HERE);
        assertThat(fifth.checked()).isTrue();
        assertThat(throttle.failed(fifth)).as("fifth failure, 12 minutes after the first").isTrue();
        assertThat(throttle.lockedAmong(List.of(name))).containsExactly(name);

        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.begin(name, HERE).checked()).as("14 minutes into the lock").isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        LoginThrottle.Attempt after = throttle.begin(name, HERE);
        assertThat(after.checked()).isTrue();
        assertThat(after.number()).as("a new count starts after the lock").isEqualTo(1);
    }

    @Test
    void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
        for (int failure = 1; failure <= 8; failure++) {
            LoginThrottle.Attempt attempt = throttle.begin(name, HERE);
            assertThat(attempt.checked()).isTrue();
            assertThat(throttle.failed(attempt)).as("failure " + failure).isFalse();
            clock.advance(Duration.ofMinutes(4));
        }
        assertThat(throttle.lockedAmong(List.of(name))).isEmpty();
    }

    @Test
    void aNameLockedFromOneAddressIsFreeFromAnother() {
        lock(name.toUpperCase(Locale.ROOT), HERE);

        assertThat(throttle.begin(" " + name + " ", HERE).checked()).as("whatever its case and spaces").isFalse();
        assertThat(throttle.begin(name, ELSEWHERE).checked())
                .as("guessing elsewhere does not lock out the person, the administrator included").isTrue();
        throttle.reset(name);
        assertThat(throttle.begin(name, HERE).checked()).as("after an administrator's unlock").isTrue();
    }

    @Test
    void eachLockFromTheSameAddressLastsTwiceAsLongAsTheOneBefore() {
        lock(name, HERE);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        lock(name, HERE);

        clock.advance(Duration.ofMinutes(29));
        assertThat(throttle.begin(name, HERE).checked()).as("29 minutes into the second lock").isFalse();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        LoginThrottle.Attempt right = throttle.begin(name, HERE);
        assertThat(right.checked()).isTrue();
        throttle.succeeded(right);

        lock(name, HERE);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.begin(name, HERE).checked()).as("a sign-in that succeeded forgets the longer locks")
                .isTrue();
    }

    @Test
    void guessesSentAtOnceAreCheckedNoMoreThanGuessesSentOneAfterAnother() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(30);
        try {
            List<Future<LoginThrottle.Attempt>> sent = new ArrayList<>();
            for (int guess = 0; guess < 30; guess++) {
                sent.add(threads.submit(() -> throttle.begin(name, HERE)));
            }
            List<LoginThrottle.Attempt> checked = new ArrayList<>();
            for (Future<LoginThrottle.Attempt> attempt : sent) {
                if (attempt.get().checked()) {
                    checked.add(attempt.get());
                }
            }
            assertThat(checked).extracting(LoginThrottle.Attempt::number)
                    .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
            assertThat(checked.stream().filter(throttle::failed)).as("the fifth wrong guess locks").hasSize(1);
            assertThat(throttle.begin(name, HERE).checked()).as("the right password, 0.3 s later").isFalse();
        } finally {
            threads.shutdownNow();
        }
    }

    /** Five wrong guesses of the name from the address. */
    private void lock(String username, String address) {
        boolean locked = false;
        for (int failure = 1; failure <= LoginThrottle.MAX_FAILURES; failure++) {
            locked = throttle.failed(throttle.begin(username, address));
        }
        assertThat(locked).isTrue();
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
