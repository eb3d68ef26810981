package vn.chiso.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data.
 *
 * @param dir the data folder, {@code ./data/postgres} by default
 * @param temporary use a new folder that is deleted on shutdown instead of {@code dir} (tests)
 */
@ConfigurationProperties("chiso.embedded-db")
record EmbeddedDatabaseProperties(Path dir, boolean temporary) {
}
