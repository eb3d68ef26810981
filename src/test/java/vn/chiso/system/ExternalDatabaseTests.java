package vn.chiso.system;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.chiso.ChisoApplication;
import vn.chiso.HttpBrowser;
import vn.chiso.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With {@code spring.datasource.url} set (what SPRING_DATASOURCE_URL does in production) the application uses that
 * database: it starts no PostgreSQL of its own, loads no demo data, and takes its first administrator from
 * CHISO_ADMIN_PASSWORD, refusing to start without it. The "external" database here is a PostgreSQL started by the test.
 */
class ExternalDatabaseTests {

    /** A new, empty database for each test: what one test creates must not let another start. */
    private EmbeddedPostgresServer external;

    @BeforeEach
    void startExternalDatabase() throws Exception {
        external = EmbeddedPostgresServer.startTemporary();
    }

    @AfterEach
    void stopExternalDatabase() throws Exception {
        external.close();
    }

    @Test
    void refusesToStartWithoutAnAdministratorPassword() {
        assertThatThrownBy(() -> start(Map.of()).close())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No active administrator")
                .hasMessageContaining("CHISO_ADMIN_PASSWORD");
    }

    @Test
    void usesTheConfiguredDatabaseWithoutDemoDataAndCreatesTheFirstAdministrator() {
        try (ConfigurableApplicationContext context = start(Map.of("chiso.admin-password", "mat-khau-dau-tien"))) {
            assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(context.getBeanNamesForType(TestData.class)).as("test support stays out").isEmpty();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username from user_account", String.class)).containsExactly("admin");
            assertThat(jdbc.queryForObject("select password_hash from user_account", String.class))
                    .startsWith("{bcrypt}");
            assertThat(jdbc.queryForObject("select count(*) from unit", Long.class)).isZero();

            String port = context.getEnvironment().getProperty("local.server.port");
            String login = new HttpBrowser(Integer.parseInt(port)).get("/login").body();
            assertThat(login).contains("Đăng nhập").doesNotContain("demo-accounts").doesNotContain("chiso-demo");
        }
    }

    /** Properties as command-line arguments: they win over application.properties, as environment variables do. */
    private ConfigurableApplicationContext start(Map<String, String> extra) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "spring.datasource.url", external.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "server.port", "0"));
        properties.putAll(extra);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ChisoApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("mainClassesOnly", new MainClassesOnly()))
                .run(args);
    }

    /** Keeps the test support classes (which sit in scanned packages) out, so the application runs as in production. */
    static final class MainClassesOnly extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            AnnotationMetadata type = reader.getAnnotationMetadata();
            if (type.hasAnnotation(TestConfiguration.class.getName()) || type.hasAnnotation(TestComponent.class.getName())) {
                return true;
            }
            String enclosing = reader.getClassMetadata().getEnclosingClassName();
            return enclosing != null && match(factory.getMetadataReader(enclosing), factory);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainClassesOnly;
        }

        @Override
        public int hashCode() {
            return MainClassesOnly.class.hashCode();
        }
    }
}
