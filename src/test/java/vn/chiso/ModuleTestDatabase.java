package vn.chiso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The database of a {@link ModuleTest}: the system module, which starts the application's own PostgreSQL, is not
 * bootstrapped there, so each test context starts a temporary one (deleted when closed) and hands its URL to Boot's
 * data source; Flyway migrates it to the whole schema. The database belongs to the context: registered before any
 * bean, it is closed after them all, once the pool and the scheduled jobs that use it have stopped.
 */
class ModuleTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
            throw new IllegalStateException("A module test's context keeps its beans in a DefaultListableBeanFactory");
        }
        EmbeddedPostgres postgres = start();
        beans.registerDisposableBean("moduleTestDatabase", postgres::close);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("moduleTestDatabase", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres")));
    }

    private static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
