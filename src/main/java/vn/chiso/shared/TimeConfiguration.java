package vn.chiso.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the province's time zone: deadlines are days in Vietnam, not in UTC. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${chiso.time-zone}") ZoneId zone) {
        return Clock.system(zone);
    }
}
