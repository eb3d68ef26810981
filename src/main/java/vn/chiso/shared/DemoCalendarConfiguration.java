package vn.chiso.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One calendar for every demo loader, taken from the application's clock when the context starts. */
@Configuration(proxyBeanMethods = false)
@DemoData
class DemoCalendarConfiguration {

    @Bean
    DemoCalendar demoCalendar(Clock clock) {
        return DemoCalendar.of(clock);
    }
}
