package vn.chiso.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Built on 10/3/2027: the 2026 round is still under way (2/2–18/3/2027), early in the year. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "chiso.embedded-db.temporary=true")
@AutoConfigureMockMvc
class DemoIn2027Tests extends DemoOnAnotherDayTests {

    @Override
    Expected expected() {
        return new Expected(LocalDate.of(2027, 3, 10), 2026, LocalDate.of(2027, 2, 2), LocalDate.of(2027, 3, 18),
                LocalDate.of(2027, 2, 28), LocalDate.of(2027, 3, 15));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OnThatDay {

        @Bean
        @Primary
        Clock shiftedClock() {
            return shiftedTo(LocalDateTime.of(2027, 3, 10, 10, 0));
        }
    }
}
