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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts failed sign-ins per typed username, whether or not such an account exists (so that the lock message
 * reveals nothing): {@value #MAX_FAILURES} failures within {@link #WINDOW} lock the name for {@link #LOCK}.
 * Kept in PostgreSQL so that every instance sees the same count; a repository of table {@code login_throttle}, since
 * the rule is counted by its statements (one upsert per failure), with no state in between.
 */
@Repository
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    /** The longest name counted (the column's size); no account name is that long. */
    static final int MAX_USERNAME_LENGTH = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    boolean isLocked(String username) {
        return jdbc.sql("""
                select exists (select 1 from login_throttle where username = :username and locked_until > :now)
                """).param("username", normalize(username)).param("now", now()).query(Boolean.class).single();
    }

    /** Counts one failure; true when it is the one that locks the name. A name too long to be kept is not counted. */
    boolean recordFailure(String username) {
        String name = normalize(username);
        if (name.length() > MAX_USERNAME_LENGTH) {
            return false;
        }
        OffsetDateTime now = now();
        int failures = jdbc.sql("""
                insert into login_throttle as t (username, failures, window_start) values (:username, 1, :now)
                on conflict (username) do update set
                    failures = case when t.window_start > :windowStart then t.failures + 1 else 1 end,
                    window_start = case when t.window_start > :windowStart then t.window_start
                                        else excluded.window_start end
                returning failures
                """).param("username", name).param("now", now).param("windowStart", now.minus(WINDOW))
                .query(Integer.class).single();
        if (failures < MAX_FAILURES) {
            return false;
        }
        jdbc.sql("""
                update login_throttle set failures = 0, window_start = :now, locked_until = :lockedUntil
                where username = :username
                """).param("now", now).param("lockedUntil", now.plus(LOCK)).param("username", name).update();
        return true;
    }

    /** A successful sign-in, or an administrator's unlock, forgets past failures. */
    void reset(String username) {
        jdbc.sql("delete from login_throttle where username = :username").param("username", normalize(username))
                .update();
    }

    Set<String> lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        List<String> names = usernames.stream().map(LoginThrottle::normalize).distinct().toList();
        return new HashSet<>(jdbc.sql("select username from login_throttle where locked_until > :now"
                + " and username in (:names)").param("now", now()).param("names", names).query(String.class).list());
    }

    private OffsetDateTime now() {
        Instant instant = clock.instant();
        return instant.atOffset(ZoneOffset.UTC);
    }
}
