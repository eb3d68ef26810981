package vn.chiso.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration applies, in order, to an empty PostgreSQL 17, and leaves the tables the application maps. */
class MigrationTests {

    @Test
    void allMigrationsApplyOnAnEmptyDatabase() throws Exception {
        int files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary()) {
            Flyway flyway = Flyway.configure()
                    .dataSource(server.jdbcUrl(), "postgres", "")
                    .locations("classpath:db/migration")
                    .load();

            MigrateResult result = flyway.migrate();

            assertThat(result.success).isTrue();
            assertThat(result.migrationsExecuted).isEqualTo(files).isPositive();
            assertThat(flyway.info().pending()).isEmpty();
            assertThat(tables(server)).contains("unit", "user_account", "login_throttle", "spring_session",
                    "spring_session_attributes");
        }
    }

    private static List<String> tables(EmbeddedPostgresServer server) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                ResultSet rows = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME"));
            }
            return names;
        }
    }
}
