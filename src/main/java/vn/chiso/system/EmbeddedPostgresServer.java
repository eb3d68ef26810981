package vn.chiso.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL 17 that the application runs itself, with its data kept in a folder and one port for its life.
 *
 * <p>Settings that differ from zonky's test-oriented defaults: the folder is never deleted on close, fsync and
 * synchronous commit stay on, and no JVM shutdown hook stops the server before the connection pool is closed.
 *
 * <p>The port is fixed ({@code chiso.embedded-db.port}), or chosen once when it is 0: a restart comes back on the same
 * port, so the pool reconnects to it by itself. A watchdog looks at the postmaster twice a second; when it died (a
 * crash, a SIGKILL, the out-of-memory killer) it is started again on the same folder and port, retried every second
 * until it serves. A stop asked for ({@link #stop()}, {@link #close()}) is not restarted.
 *
 * <p>A folder can serve one running instance only. Zonky holds a lock on {@code epg-lock} inside the folder while its
 * JVM lives. If the lock is free but {@code postmaster.pid} names a live process started with {@code -D} and this
 * folder, the JVM that started it was killed: that orphan is stopped before starting again, and PostgreSQL's own crash
 * recovery does the rest. A process that does not name this folder is never touched.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(15);
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(500);
    private static final Duration RESTART_RETRY = Duration.ofSeconds(1);

    private final Path dataDirectory;
    private final int port;
    private final Path deleteOnClose;
    private final Object lifecycle = new Object();
    private volatile EmbeddedPostgres postgres;
    private volatile ProcessHandle postmaster;
    private volatile boolean running;
    private volatile boolean closed;
    private final ScheduledExecutorService watchdog;

    private EmbeddedPostgresServer(Path dataDirectory, int port, Path deleteOnClose) {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.deleteOnClose = deleteOnClose;
        this.watchdog = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-postgres-watchdog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** A server in a new temporary folder, on a free port, deleted on {@link #close()}: for tests. */
    static EmbeddedPostgresServer startTemporary() throws IOException {
        Path folder = Files.createTempDirectory("chiso-db-");
        return launch(folder.resolve("data"), 0, folder);
    }

    /** Starts PostgreSQL on a free port with its data in {@code folder}, creating the cluster on first use. */
    static EmbeddedPostgresServer start(Path folder) {
        return start(folder, 0);
    }

    /**
     * Starts PostgreSQL with its data in {@code folder}, creating the cluster on first use, on {@code port} (0: a free
     * port, chosen now and kept for every restart).
     */
    static EmbeddedPostgresServer start(Path folder, int port) {
        return launch(folder, port, null);
    }

    private static EmbeddedPostgresServer launch(Path folder, int port, Path deleteOnClose) {
        Path dir = folder.toAbsolutePath().normalize();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(dir, port == 0 ? freePort() : port, deleteOnClose);
        try {
            server.startPostgres();
        } catch (RuntimeException e) {
            server.watchdog.shutdownNow();
            throw e;
        }
        server.watchdog.scheduleWithFixedDelay(server::watch, WATCH_INTERVAL.toMillis(), WATCH_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        return server;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
    }

    int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    /** The postmaster's process while it runs: what the watchdog watches (and tests kill). */
    Optional<ProcessHandle> postmaster() {
        return Optional.ofNullable(postmaster);
    }

    /** Stops PostgreSQL as asked for (a fast shutdown); the watchdog leaves it stopped until {@link #restart()}. */
    void stop() {
        synchronized (lifecycle) {
            running = false;
            stopPostgres();
        }
    }

    /** Starts PostgreSQL again after {@link #stop()}, on the same folder and port. */
    void restart() {
        synchronized (lifecycle) {
            if (closed) {
                throw new IllegalStateException("The embedded PostgreSQL of " + dataDirectory + " is closed");
            }
            if (!running) {
                startPostgres();
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (lifecycle) {
            closed = true;
            watchdog.shutdownNow();
            running = false;
            stopPostgres();
        }
        if (deleteOnClose != null) {
            FileSystemUtils.deleteRecursively(deleteOnClose);
        }
    }

    private void startPostgres() {
        try {
            prepare(dataDirectory);
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setPort(port)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofMinutes(2))
                    .start();
            postmaster = readPid(dataDirectory).flatMap(ProcessHandle::of).orElse(null);
            running = true;
            log.info("Embedded PostgreSQL serves {} on port {} (chiso.embedded-db.port), postmaster pid {}",
                    dataDirectory, port, postmaster == null ? "unknown" : postmaster.pid());
        } catch (IOException | RuntimeException e) {
            if (e instanceof EmbeddedDatabaseException known) {
                throw known;
            }
            throw new EmbeddedDatabaseException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " on port " + port + ": " + e.getMessage() + ". If another program uses that port, set"
                    + " chiso.embedded-db.port to a free one. When running as root, PostgreSQL is started through"
                    + " 'unshare -U'; see README, Troubleshooting.", e);
        }
    }

    /** Stops the running server; after a crash pg_ctl finds nothing to stop, and zonky only releases its lock. */
    private void stopPostgres() {
        EmbeddedPostgres current = postgres;
        postgres = null;
        postmaster = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                log.warn("Could not stop the embedded PostgreSQL of {}: {}", dataDirectory, e.getMessage());
            }
        }
    }

    /** Runs on the watchdog's thread: a postmaster that died while it should run is started again. */
    private void watch() {
        ProcessHandle watched = postmaster;
        if (!running || closed || watched == null || watched.isAlive()) {
            return;
        }
        synchronized (lifecycle) {
            if (!running || closed || postmaster != watched) {
                return;
            }
            log.error("The embedded PostgreSQL (pid {}) of {} died; starting it again on port {}", watched.pid(),
                    dataDirectory, port);
            long began = System.nanoTime();
            stopPostgres();
            while (!closed) {
                try {
                    startPostgres();
                    log.warn("The embedded PostgreSQL serves again on port {}, {} ms after its death was noticed", port,
                            Duration.ofNanos(System.nanoTime() - began).toMillis());
                    return;
                } catch (RuntimeException stillFailing) {
                    // e.g. the dead postmaster's backends still hold its shared memory for a moment
                    log.warn("The embedded PostgreSQL could not start yet, retrying in {} s: {}",
                            RESTART_RETRY.toSeconds(), stillFailing.getMessage());
                    stopPostgres();
                    try {
                        Thread.sleep(RESTART_RETRY.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not find a free port for the embedded PostgreSQL", e);
        }
    }

    private static void prepare(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            // initdb wants a folder that does not exist or is empty: create only its parents.
            Files.createDirectories(dir.getParent());
            return;
        }
        if (!Files.exists(dir.resolve("postgresql.conf"))) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new EmbeddedDatabaseException("The folder " + dir + " is not empty and holds no PostgreSQL data;"
                            + " set chiso.embedded-db.dir to an empty or new folder.", null);
                }
            }
            return;
        }
        stopOrphanedServer(dir);
    }

    private static void stopOrphanedServer(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new EmbeddedDatabaseException("The database folder " + dir + " is in use by another running instance"
                        + " of the application. Stop it, or give this instance its own folder with chiso.embedded-db.dir.", null);
            }
            try {
                Optional<Long> pid = readPid(dir);
                if (pid.isPresent()) {
                    cleanUpAfter(pid.get(), dir);
                }
            } finally {
                lock.release();
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static Optional<Long> readPid(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * The folder is free (no JVM holds its lock) but {@code postmaster.pid} names a process. Only a process whose
     * arguments name this very folder ({@code -D <dir>}) is our orphan and is stopped. A pid that no process has any
     * more is a stale file, removed. Any other process (the pid reused by something else, or arguments this JVM may not
     * read) is left alone, and so is the file: PostgreSQL then decides itself whether the folder is in use.
     */
    private static void cleanUpAfter(long pid, Path dir) throws IOException {
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            Files.deleteIfExists(dir.resolve("postmaster.pid"));
        } else if (servesFolder(process.get().info().arguments().orElse(null), dir)) {
            stop(process.get(), dir);
        } else {
            log.warn("{} names process {}, which is not a PostgreSQL of this folder; leaving it alone. If no PostgreSQL"
                    + " uses the folder, delete that file.", dir.resolve("postmaster.pid"), pid);
        }
    }

    /** Whether a command's arguments hold {@code -D <dir>} (or {@code -D<dir>}) for this folder; unknown is no. */
    static boolean servesFolder(String[] arguments, Path dir) {
        if (arguments == null) {
            return false;
        }
        for (int i = 0; i < arguments.length; i++) {
            String folder = null;
            if (arguments[i].equals("-D") && i + 1 < arguments.length) {
                folder = arguments[i + 1];
            } else if (arguments[i].startsWith("-D") && arguments[i].length() > 2) {
                folder = arguments[i].substring(2);
            }
            if (folder != null && sameFolder(folder, dir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFolder(String argument, Path dir) {
        try {
            Path named = Path.of(argument);
            if (!named.isAbsolute()) {
                return false; // relative to a working directory this JVM does not know
            }
            return named.normalize().equals(dir) || Files.isSameFile(named, dir);
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    private static void stop(ProcessHandle orphan, Path dir) {
        log.warn("PostgreSQL (pid {}) still runs on {} although the JVM that started it is gone; stopping it", orphan.pid(), dir);
        // SIGINT is PostgreSQL's "fast" shutdown: it ends the sessions still open (another instance's pool may hold
        // some) and checkpoints. SIGTERM ("smart") would wait for those sessions, and the folder would stay refused.
        if (!fastShutdown(orphan)) {
            orphan.destroy();
        }
        if (!waitForExit(orphan, ORPHAN_STOP_WAIT)) {
            log.warn("PostgreSQL (pid {}) did not stop; killing it (crash recovery will run at start)", orphan.pid());
            orphan.destroyForcibly();
            if (!waitForExit(orphan, ORPHAN_STOP_WAIT)) {
                throw new EmbeddedDatabaseException("Could not stop the orphaned PostgreSQL process " + orphan.pid()
                        + " that uses " + dir + ".", null);
            }
        }
    }

    private static boolean fastShutdown(ProcessHandle process) {
        try {
            return new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor() == 0;
        } catch (IOException e) {
            return false; // no kill command (Windows): SIGTERM's equivalent it is
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
