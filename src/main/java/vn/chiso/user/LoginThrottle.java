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
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts per typed username and address, whether or not such an account exists (so that the lock
 * message reveals nothing): {@value #MAX_FAILURES} failures within {@link #WINDOW} lock the name from that address
 * for {@link #LOCK}, and each further lock from there lasts twice as long, up to {@link #LONGEST_LOCK}. An attempt is
 * counted before its password is checked, in one atomic upsert, so that guesses sent at once cannot all be checked
 * before the lock; one that succeeds takes its count back. Kept in PostgreSQL so that every instance sees the same
 * count; a repository of table {@code login_throttle}, since the rule is counted by its statements. Each count is
 * its own transaction: a refused password change rolls back, its count must not.
 */
@Repository
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration LOCK = Duration.ofMinutes(15);
    static final Duration LONGEST_LOCK = Duration.ofHours(8);
    /** The longest name counted (the column's size); no account name is that long. */
    static final int MAX_USERNAME_LENGTH = 100;
    /** The longest address kept (an IPv6 address with a zone fits). */
    private static final int MAX_ADDRESS_LENGTH = 64;

    /**
     * An attempt as counted: its number in the current window, and whether the name is locked from the address.
     *
     * @param checked whether its password may be checked: the name is not locked and the attempt is within the limit
     */
    record Attempt(String username, String address, int number, boolean checked) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Counts an attempt before its password is checked. A locked name is not counted further; an attempt beyond the
     * limit (sent while the earlier ones were being checked) is refused as a locked one is.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Attempt begin(String username, String address) {
        String name = normalize(username);
        String from = address(address);
        OffsetDateTime now = now();
        record Counted(int attempts, boolean locked) {
        }
        Counted counted = jdbc.sql("""
                insert into login_throttle as t (username, address, attempts, window_start)
                values (:username, :address, 1, :now)
                on conflict (username, address) do update set
                    attempts = case when t.locked_until > :now then t.attempts
                                    when t.window_start > :windowStart then t.attempts + 1 else 1 end,
                    window_start = case when t.locked_until > :now or t.window_start > :windowStart
                                        then t.window_start else :now end
                returning attempts, coalesce(locked_until > :now, false) as locked
                """).param("username", name).param("address", from).param("now", now)
                .param("windowStart", now.minus(WINDOW)).query(Counted.class).single();
        return new Attempt(name, from, counted.attempts(),
                !counted.locked() && counted.attempts() <= MAX_FAILURES);
    }

    /** The attempt's password was wrong; true when it is the one that locks the name from its address. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    boolean failed(Attempt attempt) {
        if (attempt.number() < MAX_FAILURES) {
            return false;
        }
        jdbc.sql("""
                update login_throttle set attempts = 0, window_start = :now, locks = locks + 1,
                    locked_until = :now + make_interval(secs => least(:lock * power(2, least(locks, 10)), :longest))
                where username = :username and address = :address
                """).param("now", now()).param("lock", LOCK.toSeconds()).param("longest", LONGEST_LOCK.toSeconds())
                .param("username", attempt.username()).param("address", attempt.address()).update();
        return true;
    }

    /** The attempt succeeded: what was counted from its address is forgotten. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(Attempt attempt) {
        jdbc.sql("delete from login_throttle where username = :username and address = :address")
                .param("username", attempt.username()).param("address", attempt.address()).update();
    }

    /** An administrator's unlock or a new password forgets every count of the name, from every address. */
    void reset(String username) {
        jdbc.sql("delete from login_throttle where username = :username").param("username", normalize(username))
                .update();
    }

    /** The names locked from at least one address. */
    Set<String> lockedAmong(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        List<String> names = usernames.stream().map(LoginThrottle::normalize).distinct().toList();
        return new HashSet<>(jdbc.sql("select distinct username from login_throttle where locked_until > :now"
                + " and username in (:names)").param("now", now()).param("names", names).query(String.class).list());
    }

    private static String address(String address) {
        String known = address == null || address.isBlank() ? "unknown" : address.strip();
        return known.length() > MAX_ADDRESS_LENGTH ? known.substring(0, MAX_ADDRESS_LENGTH) : known;
    }

    private OffsetDateTime now() {
        Instant instant = clock.instant();
        return instant.atOffset(ZoneOffset.UTC);
    }
}
