package vn.chiso.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded PostgreSQL behaves as a real database must: data stays, fsync is on, crashes are recovered. */
class EmbeddedPostgresServerTests {

    @TempDir
    Path temp;

    @Test
    void dataSurvivesARestartWithFsyncOn() throws Exception {
        Path folder = temp.resolve("db");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder)) {
            execute(server, "create table note (text text)", "insert into note values ('kept')");
            assertThat(query(server, "show fsync")).containsExactly("on");
            assertThat(query(server, "show synchronous_commit")).containsExactly("on");
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder)) {
            assertThat(query(server, "select text from note")).containsExactly("kept");
        }
        assertThat(folder.resolve("PG_VERSION")).content().startsWith("17");
    }

    @Test
    void twoInstancesWithTheirOwnFoldersRunSideBySideOnFreePorts() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(temp.resolve("one"));
                EmbeddedPostgresServer second = EmbeddedPostgresServer.start(temp.resolve("two"))) {
            assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
            assertThat(query(first, "select 1")).containsExactly("1");
            assertThat(query(second, "select 1")).containsExactly("1");
        }
    }

    @Test
    void aFolderInUseInThisJvmIsRefusedWithAMessageNamingIt() throws Exception {
        Path folder = temp.resolve("shared");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(folder)) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(folder))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining(folder.toAbsolutePath().normalize().toString())
                    .hasMessageContaining("in use by another running instance");
            assertThat(query(first, "select 1")).containsExactly("1");
        }
    }

    @Test
    void aNonEmptyFolderWithoutDatabaseIsRefused() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("documents"));
        Files.writeString(folder.resolve("notes.txt"), "not a database");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(folder))
                .isInstanceOf(EmbeddedDatabaseException.class)
                .hasMessageContaining(folder.toString())
                .hasMessageContaining("not empty");
    }

    @Test
    void theConfiguredPortIsKeptAcrossAStopAndAfterAKilledPostmasterWithTheDataKept() throws Exception {
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(temp.resolve("port"), port)) {
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://localhost:" + port + "/");
            execute(server, "create table note (text text)", "insert into note values ('kept')");

            server.stop();
            assertThatThrownBy(() -> query(server, "select 1")).isInstanceOf(SQLException.class);
            Thread.sleep(1500);
            assertThatThrownBy(() -> query(server, "select 1")).as("a stop asked for is not undone").isInstanceOf(SQLException.class);
            server.restart();
            assertThat(query(server, "select text from note")).containsExactly("kept");

            ProcessHandle killed = server.postmaster().orElseThrow();
            long began = System.nanoTime();
            killed.destroyForcibly();
            List<String> rows = List.of();
            while ((rows.isEmpty() || server.postmaster().isEmpty())
                    && System.nanoTime() - began < TimeUnit.SECONDS.toNanos(20)) {
                try {
                    rows = query(server, "select text from note");
                } catch (SQLException notYet) {
                    Thread.sleep(100);
                }
            }
            System.out.printf("Embedded PostgreSQL killed with SIGKILL: serving again on port %d after %d ms%n", port,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began));
            assertThat(rows).containsExactly("kept");
            assertThat(server.port()).isEqualTo(port);
            assertThat(server.postmaster().orElseThrow().pid()).isNotEqualTo(killed.pid());
        }
    }

    /**
     * Another JVM runs the server; while it lives, this JVM may not take the folder. Then that JVM is killed with
     * SIGKILL: its PostgreSQL keeps running, orphaned. The next start stops the orphan and finds the committed row.
     */
    @Test
    void aStartAfterTheJvmWasKilledRecoversByItself() throws Exception {
        Path folder = temp.resolve("crash");
        Process child = startChild(folder, "written before the crash");
        try {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(folder))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining(folder.toString());
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        ProcessHandle orphan = postmaster(folder).orElseThrow();
        assertThat(orphan.isAlive()).as("PostgreSQL outlives the killed JVM").isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder)) {
            assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
            assertThat(query(server, "select note from survivor")).containsExactly("written before the crash");
        }
    }

    /**
     * After a crash the pid in {@code postmaster.pid} may have been given to another program, even one called
     * postgres serving another folder: it is left running.
     */
    @Test
    void aProcessThatDoesNotServeTheFolderIsNeverStopped() throws Exception {
        Path folder = temp.resolve("reused");
        EmbeddedPostgresServer.start(folder).close();
        Path impostor = Files.createDirectories(temp.resolve("bin")).resolve("postgres");
        Files.copy(Path.of("/bin/sleep"), impostor);
        impostor.toFile().setExecutable(true);
        Process other = new ProcessBuilder(impostor.toString(), "300").start();
        try {
            Files.writeString(folder.resolve("postmaster.pid"), other.pid() + "\n" + temp.resolve("elsewhere") + "\n");
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder)) {
                assertThat(query(server, "select 1")).containsExactly("1");
            } catch (EmbeddedDatabaseException refusedByPostgres) {
                // PostgreSQL itself may refuse a folder whose pid file names a live process: that is its call
            }
            assertThat(other.isAlive()).as("the other program still runs").isTrue();
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void onlyAProcessStartedForThisVeryFolderIsOurs() {
        Path folder = temp.resolve("data").toAbsolutePath();
        assertThat(EmbeddedPostgresServer.servesFolder(new String[] {"-D", folder.toString(), "-p", "5432"}, folder))
                .isTrue();
        assertThat(EmbeddedPostgresServer.servesFolder(new String[] {"-D" + folder}, folder)).isTrue();
        assertThat(EmbeddedPostgresServer.servesFolder(new String[] {"-D", folder + "/../data"}, folder)).isTrue();
        assertThat(EmbeddedPostgresServer.servesFolder(new String[] {"-D", temp.resolve("other").toString()}, folder))
                .isFalse();
        assertThat(EmbeddedPostgresServer.servesFolder(new String[] {"-D", "data"}, folder))
                .as("a relative folder names no folder this JVM can tell").isFalse();
        assertThat(EmbeddedPostgresServer.servesFolder(new String[] {folder.toString()}, folder)).isFalse();
        assertThat(EmbeddedPostgresServer.servesFolder(null, folder)).as("arguments unknown").isFalse();
    }

    private static Process startChild(Path folder, String note) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedPostgresChild.class.getName(), folder.toString(), note)
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals("READY")) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return child;
            }
            seen.add(line);
        }
        throw new IllegalStateException("The child JVM ended before READY:\n" + String.join("\n", seen));
    }

    private static Optional<ProcessHandle> postmaster(Path folder) throws IOException {
        long pid = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid);
    }

    private static void execute(EmbeddedPostgresServer server, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> query(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
