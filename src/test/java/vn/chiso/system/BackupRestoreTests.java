package vn.chiso.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.chiso.ChisoTest;

/**
 * The README's backup command, {@code bin/backup}, run on the application's database (the demo data and what the
 * other tests of this context added), and {@code bin/restore} into a new, empty database on the same server: every
 * plan, report and evidence file is there, each file's content hashing as the original's.
 */
@ChisoTest
class BackupRestoreTests {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)");

    @Autowired
    DataSource dataSource;
    @TempDir
    Path dir;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseHoldsEveryPlanReportAndEvidenceFile() throws Exception {
        Matcher url;
        String serverMajor;
        try (Connection connection = dataSource.getConnection()) {
            url = URL.matcher(connection.getMetaData().getURL());
            assertThat(url.lookingAt()).as(connection.getMetaData().getURL()).isTrue();
            serverMajor = String.valueOf(connection.getMetaData().getDatabaseMajorVersion());
        }
        Path bin = clientTools(serverMajor);
        Map<String, String> environment = Map.of("PG_BIN", bin.toString(), "PGHOST", url.group(1), "PGPORT",
                url.group(2), "PGUSER", "postgres", "PGDATABASE", url.group(3));
        Path dump = dir.resolve("chiso.dump");

        run(environment, "bin/backup", dump.toString());
        Map<String, String> original = contents(url.group(2), url.group(3));
        execute(url.group(2), url.group(3), "create database restored");
        Map<String, String> restoredTo = new LinkedHashMap<>(environment);
        restoredTo.put("PGDATABASE", "restored");
        run(restoredTo, "bin/restore", dump.toString());

        Map<String, String> restored = contents(url.group(2), "restored");
        System.out.printf("Backup of %d bytes restored: %s%n", Files.size(dump), restored.keySet().stream()
                .filter(key -> !key.endsWith("sha256")).map(key -> key + " " + restored.get(key)).toList());
        assertThat(Integer.parseInt(original.get("plans"))).as("the demo's plans").isPositive();
        assertThat(Integer.parseInt(original.get("reports"))).as("the demo's reports").isPositive();
        assertThat(Integer.parseInt(original.get("evidence"))).as("the demo's evidence files").isPositive();
        // taken after the dump: a test of this context adding rows meanwhile would show here
        assertThat(restored).isEqualTo(original);
        assertThat(Files.list(dir).map(Path::getFileName).map(Path::toString)).containsExactly("chiso.dump");
    }

    /** What a restore must bring back: counts, and every evidence file's content hashed in order. */
    private static Map<String, String> contents(String port, String database) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        try (Connection db = connect(port, database); Statement statement = db.createStatement()) {
            contents.put("plans", single(statement, "select count(*) from plan"));
            contents.put("reports", single(statement, "select count(*) from progress_report"));
            contents.put("report versions", single(statement, "select count(*) from report_version"));
            contents.put("evidence", single(statement, "select count(*) from evidence"));
            contents.put("evidence bytes", single(statement, "select coalesce(sum(length(content)), 0) from evidence"));
            contents.put("evidence sha256", single(statement, "select encode(sha256(coalesce(string_agg("
                    + "sha256(content), ''::bytea order by id), ''::bytea)), 'hex') from evidence"));
            contents.put("users", single(statement, "select count(*) from user_account"));
        }
        return contents;
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void execute(String port, String database, String sql) throws SQLException {
        try (Connection db = connect(port, database); Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(String port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", "");
    }

    /**
     * The folder of a pg_dump and pg_restore that can read this server: PG_BIN when set, else what bin/pg-client
     * finds or fetches (the embedded PostgreSQL ships neither, and Debian 12's are too old for it).
     */
    private static Path clientTools(String major) throws IOException, InterruptedException {
        String given = System.getenv("PG_BIN");
        if (given != null) {
            return Path.of(given);
        }
        Process client = new ProcessBuilder("bin/pg-client").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String folder = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(client.waitFor(300, TimeUnit.SECONDS) && client.exitValue() == 0)
                .as("bin/pg-client found or fetched pg_dump and pg_restore of PostgreSQL %s", major).isTrue();
        return Path.of(folder);
    }

    private static void run(Map<String, String> environment, String... command) throws IOException,
            InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s: %s", String.join(" ", command), output).isZero();
    }
}
