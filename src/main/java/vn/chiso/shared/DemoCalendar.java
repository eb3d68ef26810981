package vn.chiso.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The day the demo is built, taken once when the context starts, so that its files tell the same story on any day:
 * each {@code {today-10}}, {@code {year+4}} or {@code {round}} in them is a date or year counted from that day.
 *
 * @param today the day in Vietnam on which the demo data is written
 */
@Component
@DemoData
public record DemoCalendar(LocalDate today) {

    private static final Pattern RELATIVE = Pattern.compile("\\{(today|year|round)([+-]\\d+)?}");

    @Autowired
    public DemoCalendar(Clock clock) {
        this(LocalDate.now(clock));
    }

    public int year() {
        return today.getYear();
    }

    /** The year of the round under way: a year's units assess themselves at its end or early in the next year. */
    public int assessmentYear() {
        return today.minusMonths(6).getYear();
    }

    /** The text with each {@code {today±N}} as that day (ISO), {@code {year±N}} and {@code {round±N}} as that year. */
    public String resolve(String text) {
        Matcher matcher = RELATIVE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            int offset = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
            matcher.appendReplacement(resolved, switch (matcher.group(1)) {
                case "today" -> today.plusDays(offset).toString();
                case "year" -> String.valueOf(year() + offset);
                default -> String.valueOf(assessmentYear() + offset);
            });
        }
        return matcher.appendTail(resolved).toString();
    }
}
