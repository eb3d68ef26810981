package vn.chiso.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per typed username, whether or not such an account exists (so that the lock message
 * reveals nothing): {@value #MAX_FAILURES} failures within {@link #WINDOW} lock the name for {@link #LOCK}.
 * Kept in PostgreSQL so that every instance sees the same count.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** The longest name counted (the column's size); no account name is that long. */
    static final int MAX_USERNAME_LENGTH = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LoginThrottle(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    boolean isLocked(String username) {
        List<Boolean> locked = jdbc.queryForList(
                "select locked_until > ? from login_throttle where username = ? and locked_until is not null",
                Boolean.class, now(), normalize(username));
        return !locked.isEmpty() && Boolean.TRUE.equals(locked.get(0));
    }

    /** Counts one failure; true when it is the one that locks the name. A name too long to be kept is not counted. */
    boolean recordFailure(String username) {
        String name = normalize(username);
        if (name.length() > MAX_USERNAME_LENGTH) {
            return false;
        }
        OffsetDateTime now = now();
        Integer failures = jdbc.queryForObject("""
                insert into login_throttle as t (username, failures, window_start) values (?, 1, ?)
                on conflict (username) do update set
                    failures = case when t.window_start > ? then t.failures + 1 else 1 end,
                    window_start = case when t.window_start > ? then t.window_start else excluded.window_start end
                returning failures
                """, Integer.class, name, now, now.minus(WINDOW), now.minus(WINDOW));
        if (failures == null || failures < MAX_FAILURES) {
            return false;
        }
        jdbc.update("update login_throttle set failures = 0, window_start = ?, locked_until = ? where username = ?",
                now, now.plus(LOCK), name);
        return true;
    }

    /** A successful sign-in, or an administrator's unlock, forgets past failures. */
    void reset(String username) {
        jdbc.update("delete from login_throttle where username = ?", normalize(username));
    }

    Set<String> lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        String[] names = usernames.stream().map(LoginThrottle::normalize).toArray(String[]::new);
        return new HashSet<>(jdbc.queryForList(
                "select username from login_throttle where locked_until > ? and username = any (?)",
                String.class, now(), names));
    }

    private OffsetDateTime now() {
        Instant instant = clock.instant();
        return instant.atOffset(ZoneOffset.UTC);
    }
}
