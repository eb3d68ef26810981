package vn.chiso.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Built on 20/9/2031: the 2031 round is under way (15/8–28/9/2031), late in the year. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "chiso.embedded-db.temporary=true")
@AutoConfigureMockMvc
class DemoIn2031Tests extends DemoOnAnotherDayTests {

    @Override
    Expected expected() {
        return new Expected(LocalDate.of(2031, 9, 20), 2031, LocalDate.of(2031, 8, 15), LocalDate.of(2031, 9, 28),
                LocalDate.of(2031, 9, 10), LocalDate.of(2031, 9, 25));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class OnThatDay {

        @Bean
        @Primary
        Clock shiftedClock() {
            return shiftedTo(LocalDateTime.of(2031, 9, 20, 10, 0));
        }
    }
}
