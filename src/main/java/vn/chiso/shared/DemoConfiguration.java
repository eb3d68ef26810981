package vn.chiso.shared;

import java.time.Clock;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One calendar for every demo loader, taken when the context starts, and the application's clocks made scriptable. */
@Configuration(proxyBeanMethods = false)
@DemoData
class DemoConfiguration {

    @Bean
    DemoCalendar demoCalendar(Clock clock) {
        return DemoCalendar.of(clock);
    }

    @Bean
    static BeanPostProcessor demoClocks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Clock clock && !(bean instanceof DemoClock) ? new DemoClock(clock) : bean;
            }
        };
    }
}
