package vn.chiso.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day the demo is built and the dates of its story, so that the demo tells the same story on any day: the
 * assessment round under way and the two closed before it, the reports due soon, late and missing. What the seed
 * documents date (plan 6025/KH-UBND of 2023) does not move.
 *
 * @param today the day in Vietnam on which the demo data is written
 */
public record DemoCalendar(LocalDate today) {

    /** A date or year of the demo's files written from the day it is built: {@code {today-10}}, {@code {year+4}}. */
    private static final Pattern RELATIVE = Pattern.compile("\\{(today|year|round)([+-]\\d+)?}");

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

    /**
     * The text with each {@code {today±N}} replaced by that day (ISO, {@code 2026-11-27}), each {@code {year±N}} by
     * that year and {@code {round±N}} by the year of the assessment round under way, plus or minus N.
     */
    public String resolve(String text) {
        Matcher matcher = RELATIVE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            int offset = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            String value = switch (matcher.group(1)) {
                case "today" -> today.plusDays(offset).toString();
                case "year" -> String.valueOf(year() + offset);
                default -> String.valueOf(assessmentYear() + offset);
            };
            matcher.appendReplacement(resolved, value);
        }
        return matcher.appendTail(resolved).toString();
    }
}
