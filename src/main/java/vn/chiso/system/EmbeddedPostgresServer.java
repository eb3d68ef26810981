package vn.chiso.system;

import java.io.IOException;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A real PostgreSQL 17 that the application runs itself, with its data kept in a folder.
 *
 * <p>Settings that differ from zonky's test-oriented defaults: the folder is never deleted on close, fsync and
 * synchronous commit stay on, and no JVM shutdown hook stops the server before the connection pool is closed.
 *
 * <p>A folder can serve one running instance only. Zonky holds a lock on {@code epg-lock} inside the folder while its
 * JVM lives. If the lock is free but {@code postmaster.pid} names a live process started with {@code -D} and this
 * folder, the JVM that started it was killed: that orphan is stopped before starting again, and PostgreSQL's own crash
 * recovery does the rest. A process that does not name this folder is never touched.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;
    private final Path deleteOnClose;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory, Path deleteOnClose) {
        this.postgres = postgres;
        this.dataDirectory = dataDirectory;
        this.deleteOnClose = deleteOnClose;
    }

    /** A server in a new temporary folder that is deleted on {@link #close()}: for tests. */
    static EmbeddedPostgresServer startTemporary() throws IOException {
        Path folder = Files.createTempDirectory("chiso-db-");
        EmbeddedPostgresServer server = start(folder.resolve("data"));
        return new EmbeddedPostgresServer(server.postgres, server.dataDirectory, folder);
    }

    /** Starts PostgreSQL on a free port with its data in {@code folder}, creating the cluster on first use. */
    static EmbeddedPostgresServer start(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        try {
            prepare(dir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(Duration.ofMinutes(2))
                    .start();
            log.info("Embedded PostgreSQL serves {} on port {}", dir, postgres.getPort());
            return new EmbeddedPostgresServer(postgres, dir, null);
        } catch (IOException | RuntimeException e) {
            if (e instanceof EmbeddedDatabaseException known) {
                throw known;
            }
            throw new EmbeddedDatabaseException("Could not start the embedded PostgreSQL in " + dir + ": " + e.getMessage()
                    + ". When running as root, PostgreSQL is started through 'unshare -U'; see README, Troubleshooting.", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        if (deleteOnClose != null) {
            FileSystemUtils.deleteRecursively(deleteOnClose);
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
                Optional<Long> pid = orphanPid(dir);
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

    private static Optional<Long> orphanPid(Path dir) throws IOException {
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
        // SIGTERM is a "smart" shutdown: the dead JVM's connections are already closed, so it ends at once.
        orphan.destroy();
        if (!waitForExit(orphan, ORPHAN_STOP_WAIT)) {
            log.warn("PostgreSQL (pid {}) did not stop; killing it (crash recovery will run at start)", orphan.pid());
            orphan.destroyForcibly();
            if (!waitForExit(orphan, ORPHAN_STOP_WAIT)) {
                throw new EmbeddedDatabaseException("Could not stop the orphaned PostgreSQL process " + orphan.pid()
                        + " that uses " + dir + ".", null);
            }
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
