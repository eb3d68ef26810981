package vn.chiso.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, which knows about an outage: once a connection could not be had because the database
 * is out of reach, every other request for one fails at once (SQL state 08001) until {@link DatabaseOutage}'s probe,
 * which asks the pool itself, gets one again. A page whose statement broke with the server does not wait once more
 * for the pool when it rolls back or saves its session; readiness answers DOWN at once.
 */
final class OutageAwareDataSource extends DelegatingDataSource {

    private final DatabaseOutage outage;

    private OutageAwareDataSource(DataSource pool) {
        super(pool);
        this.outage = new DatabaseOutage(pool);
    }

    DatabaseOutage outage() {
        return outage;
    }

    @Override
    public Connection getConnection() throws SQLException {
        failFastDuringAnOutage();
        try {
            return super.getConnection();
        } catch (SQLException | RuntimeException failure) {
            outage.noticed(failure);
            throw failure;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        failFastDuringAnOutage();
        try {
            return super.getConnection(username, password);
        } catch (SQLException | RuntimeException failure) {
            outage.noticed(failure);
            throw failure;
        }
    }

    private void failFastDuringAnOutage() throws SQLTransientConnectionException {
        if (outage.isOngoing()) {
            throw new SQLTransientConnectionException("The database cannot be reached; waiting for it to come back",
                    "08001");
        }
    }

    /** Wraps the application's data source, the embedded one or the external one Boot made. */
    static final class Wrapper implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            return bean instanceof DataSource pool && !(bean instanceof OutageAwareDataSource)
                    ? new OutageAwareDataSource(pool) : bean;
        }
    }
}
