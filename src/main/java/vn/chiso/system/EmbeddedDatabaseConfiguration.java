package vn.chiso.system;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import vn.chiso.shared.EmbeddedDatabaseCondition;

/**
 * Without {@code spring.datasource.url} the application starts its own PostgreSQL and uses it; Boot's data source
 * auto-configuration backs off because a {@link DataSource} bean exists, and Flyway migrates this one.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean
    EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) throws IOException {
        return properties.temporary() ? EmbeddedPostgresServer.startTemporary()
                : EmbeddedPostgresServer.start(properties.dir(), properties.port());
    }

    /**
     * Depends on the server, so Spring closes the pool before it stops PostgreSQL. Takes the same
     * {@code spring.datasource.hikari.*} settings as an external database's pool (its time-outs above all).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgresServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
