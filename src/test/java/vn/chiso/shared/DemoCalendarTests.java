package vn.chiso.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's dates as they come out on a few days, worked out by hand. */
class DemoCalendarTests {

    @Test
    void builtOn7December2026TheRoundOf2026RunsFrom1NovemberTo15DecemberAndThePlanFrom2022To2030() {
        DemoCalendar calendar = new DemoCalendar(LocalDate.of(2026, 12, 7));
        assertThat(calendar.assessmentYear()).isEqualTo(2026);
        // what the files write as the round's window, plan 152's years and its one-off deadlines
        assertThat(calendar.resolve("{today-36} {today+8}")).isEqualTo("2026-11-01 2026-12-15");
        assertThat(calendar.resolve("{year-4}-{year+4}")).isEqualTo("2022-2030");
        assertThat(calendar.resolve("{today-10} {today+5}")).isEqualTo("2026-11-27 2026-12-12");
    }

    /** A year's units assess themselves at its end or early in the next year: the round's year changes in July. */
    @Test
    void theRoundUnderWayIsLastYearsUntilTheEndOfJune() {
        assertThat(new DemoCalendar(LocalDate.of(2027, 6, 30)).assessmentYear()).isEqualTo(2026);
        assertThat(new DemoCalendar(LocalDate.of(2027, 7, 1)).assessmentYear()).isEqualTo(2027);
        assertThat(new DemoCalendar(LocalDate.of(2028, 1, 5)).resolve("{round} {today-36}")).isEqualTo("2027 2027-11-30");
    }

    /** 17:30 UTC on 31/12/2026 is already 1/1/2027 in Vietnam. */
    @Test
    void todayIsTheDayInTheClocksZone() {
        ZonedDateTime evening = ZonedDateTime.of(2026, 12, 31, 17, 30, 0, 0, ZoneId.of("UTC"));
        DemoCalendar calendar = new DemoCalendar(Clock.fixed(evening.toInstant(), ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(calendar.today()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(calendar.year()).isEqualTo(2027);
    }

    @Test
    void theFilesDatesAndYearsAreWrittenFromTheDayTheDemoIsBuilt() {
        DemoCalendar calendar = new DemoCalendar(LocalDate.of(2026, 12, 7));
        assertThat(calendar.resolve("{today-12}")).isEqualTo("2026-11-25");
        assertThat(calendar.resolve("{today}")).isEqualTo("2026-12-07");
        assertThat(calendar.resolve("Từ năm {year} đến năm {year+4}")).isEqualTo("Từ năm 2026 đến năm 2030");
        assertThat(new DemoCalendar(LocalDate.of(2027, 3, 10)).resolve("{round}")).isEqualTo("2026");
        assertThat(calendar.resolve("no {placeholder} here")).isEqualTo("no {placeholder} here");
    }
}
