package vn.chiso;

import java.time.ZoneId;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.listener.logging.SLF4JLogLevel;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Counts the SQL statements each test thread sends (see {@link SqlStatements}), provides {@link TestData}, and a clock
 * tests can set ({@link TestClock}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestData.class, TestControllers.class, vn.chiso.plan.PlanFixtures.class, vn.chiso.report.ReportFixtures.class,
        vn.chiso.dashboard.TenfoldData.class})
class TestSupportConfiguration {

    @Bean
    @Primary
    TestClock testClock(@Value("${chiso.time-zone}") ZoneId zone) {
        return new TestClock(zone);
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery()
                            // -Dlogging.level.vn.chiso.sql=DEBUG prints each statement counted
                            .logQueryBySlf4j(SLF4JLogLevel.DEBUG, "vn.chiso.sql").build();
                }
                return bean;
            }
        };
    }
}
