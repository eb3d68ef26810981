package vn.chiso.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
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

    /** What the reports stored before the properties were read as UTF-8 hold, and what V12 makes of it. */
    @Test
    void theGarbledAddresseeOfStoredReportsAndTheirVersionsIsRepaired() throws Exception {
        String garbled = new String("Sở Nội vụ".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.startTemporary();
                Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
            migrate(server, "11");
            try (Statement sql = connection.createStatement()) {
                sql.execute("insert into unit (code, name, short_name, kind) values ('STC', 'Sở Tài chính', 'STC',"
                        + " 'DEPARTMENT'), ('STP', 'Sở Tư pháp', 'STP', 'DEPARTMENT')");
                sql.execute("insert into plan (number, issue_date, issuer, title, first_year, last_year, status)"
                        + " values ('1/KH', date '2023-01-01', 'UBND', 'Kế hoạch', 2023, 2023, 'IN_FORCE')");
                sql.execute("insert into reporting_rule (plan_id, kind, label, on_date) select id, 'ONE_OFF',"
                        + " 'Báo cáo', date '2023-09-29' from plan");
                sql.execute("insert into reporting_period (plan_id, rule_id, label, deadline) select plan_id, id,"
                        + " 'Báo cáo', on_date from reporting_rule");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into progress_report (plan_id,"
                    + " period_id, unit_id, addressee, updated_by, updated_at) select p.plan_id, p.id, u.id, ?, 'x',"
                    + " now() from reporting_period p, unit u where u.code = ?")) {
                insert.setString(1, garbled);
                insert.setString(2, "STC");
                insert.executeUpdate();
                insert.setString(1, "Văn phòng UBND tỉnh");
                insert.setString(2, "STP");
                insert.executeUpdate();
            }
            try (PreparedStatement version = connection.prepareStatement("insert into report_version (report_id,"
                    + " number, event, actor, at, snapshot) select id, 1, 'SAVED', 'x', now(),"
                    + " jsonb_build_object('addressee', addressee) from progress_report")) {
                version.executeUpdate();
            }

            migrate(server, "latest");

            String addressees = "select string_agg(addressee, ' | ' order by addressee) from progress_report";
            String snapshots = "select string_agg(snapshot ->> 'addressee', ' | ' order by snapshot ->> 'addressee')"
                    + " from report_version";
            assertThat(text(connection, addressees)).isEqualTo("Sở Nội vụ | Văn phòng UBND tỉnh");
            assertThat(text(connection, snapshots)).isEqualTo("Sở Nội vụ | Văn phòng UBND tỉnh");
        }
    }

    private static void migrate(EmbeddedPostgresServer server, String target) {
        Flyway.configure().dataSource(server.jdbcUrl(), "postgres", "").locations("classpath:db/migration")
                .target(target).load().migrate();
    }

    private static String text(Connection connection, String query) throws Exception {
        try (Statement sql = connection.createStatement(); ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
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
