package vn.chiso.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a separate JVM by {@link EmbeddedPostgresServerTests}: starts the server on a folder, commits a row, says
 * READY and waits to be killed with SIGKILL, the way a crashed application leaves its PostgreSQL behind.
 */
public final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists survivor (note text)");
            statement.execute("insert into survivor values ('" + args[1] + "')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
