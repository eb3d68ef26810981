package vn.chiso;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** Counts the SQL statements each test thread sends (see {@link SqlStatements}) and provides {@link TestData}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({TestData.class, TestControllers.class, vn.chiso.plan.PlanFixtures.class})
class TestSupportConfiguration {

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource dataSource && !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource).name("counted").countQuery().build();
                }
                return bean;
            }
        };
    }
}
