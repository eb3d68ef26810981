package vn.chiso.system;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether the database is out of reach, as the last request that needed it found. Once a request failed to reach it,
 * pages answer at once that the application is temporarily unavailable ({@link DatabaseUnavailableFilter}) rather
 * than each waiting for the pool's time-out; meanwhile a probe asks the pool for a connection twice a second, and the
 * first that works lets the pages through again.
 */
class DatabaseOutage implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(500);
    private static final int VALIDATION_SECONDS = 1;

    private final DataSource dataSource;
    private final ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-outage-probe");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> probing;
    private long since;

    DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    synchronized boolean isOngoing() {
        return probing != null;
    }

    /**
     * Whether {@code failure} says that the database cannot be reached (no connection to be had, the connection
     * refused or broken, the server shutting down or starting); if so the outage begins, if it had not already.
     */
    boolean noticed(Throwable failure) {
        if (!unreachable(failure)) {
            return false;
        }
        synchronized (this) {
            if (probing == null && !probe.isShutdown()) {
                since = System.nanoTime();
                log.warn("The database cannot be reached ({}); pages answer 503 until it can", rootMessage(failure));
                probing = probe.scheduleWithFixedDelay(this::probe, PROBE_INTERVAL.toMillis(), PROBE_INTERVAL.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
        }
        return true;
    }

    private void probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALIDATION_SECONDS)) {
                end();
            }
        } catch (SQLException | RuntimeException stillDown) {
            // the next probe tries again
        }
    }

    private synchronized void end() {
        if (probing != null) {
            probing.cancel(false);
            probing = null;
            log.info("The database can be reached again, after {} ms; pages are served",
                    Duration.ofNanos(System.nanoTime() - since).toMillis());
        }
    }

    static boolean unreachable(Throwable failure) {
        return unreachable(failure, 0);
    }

    /**
     * Walks the causes, and what a failed rollback hid: when the connection broke, the rollback fails on a connection
     * the pool has already closed ("Connection is closed", no SQL state) and the exception that says why is the
     * transaction's application exception or a suppressed one.
     */
    private static boolean unreachable(Throwable failure, int depth) {
        for (Throwable cause = failure; cause != null && depth < 20; cause = cause.getCause(), depth++) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
                return true;
            }
            // 08: connection exception; 57P01–57P03: the server shuts down or cannot accept connections now
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof TransactionSystemException transaction && transaction.getApplicationException() != null
                    && unreachable(transaction.getApplicationException(), depth + 1)) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (unreachable(suppressed, depth + 1)) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void close() {
        probe.shutdownNow();
    }
}
