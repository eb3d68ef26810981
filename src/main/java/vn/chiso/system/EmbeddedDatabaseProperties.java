package vn.chiso.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data and the port it listens on.
 *
 * @param dir the data folder, {@code ./data/postgres} by default
 * @param port the port, kept across restarts of the server; 0 chooses a free one at start (and keeps it)
 * @param temporary use a new folder that is deleted on shutdown instead of {@code dir}, on a free port (tests)
 */
@ConfigurationProperties("chiso.embedded-db")
record EmbeddedDatabaseProperties(Path dir, int port, boolean temporary) {
}
