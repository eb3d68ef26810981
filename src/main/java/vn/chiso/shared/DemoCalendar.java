package vn.chiso.shared;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The day the demo is built and the dates of its story, so that the demo tells the same story on any day: the
 * assessment round under way, the reports due soon, late and missing. What the seed documents date (plan
 * 6025/KH-UBND of 2023, the rounds of 2021 and 2022) does not move.
 *
 * @param today the day in Vietnam on which the demo data is written
 */
public record DemoCalendar(LocalDate today) {

    public static DemoCalendar of(Clock clock) {
        return new DemoCalendar(LocalDate.now(clock));
    }

    public int year() {
        return today.getYear();
    }

    /** The year of the round under way: a year's units assess themselves at its end or early in the next year. */
    public int assessmentYear() {
        return today.minusMonths(6).getYear();
    }

    /** The self-assessment window: open for five weeks, closing in eight days. */
    public LocalDate assessmentOpensOn() {
        return today.minusDays(36);
    }

    public LocalDate assessmentClosesOn() {
        return today.plusDays(8);
    }

    /** The first year of the multi-year PAR INDEX plan (152/KH-UBND), four years back. */
    public int planFirstYear() {
        return year() - 4;
    }

    public int planLastYear() {
        return year() + 4;
    }

    /** The People's Committee's one-off report that was due ten days ago. */
    public LocalDate pastOneOffDeadline() {
        return today.minusDays(10);
    }

    /** The one-off report due in five days. */
    public LocalDate comingOneOffDeadline() {
        return today.plusDays(5);
    }

    public LocalDate daysAgo(int days) {
        return today.minusDays(days);
    }

    public LocalDate inDays(int days) {
        return today.plusDays(days);
    }
}
