package vn.chiso;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database of an {@code @ApplicationModuleTest}: the system module, which starts the application's own
 * PostgreSQL, is not bootstrapped there, so the test starts a temporary one (deleted when closed) and hands its URL
 * to Boot's data source; Flyway migrates it to the whole schema.
 */
public final class ModuleTestDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private ModuleTestDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static ModuleTestDatabase start() {
        try {
            return new ModuleTestDatabase(EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For a {@code @DynamicPropertySource} method. */
    public void register(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        properties.add("spring.datasource.username", () -> "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
