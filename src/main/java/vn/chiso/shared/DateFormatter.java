package vn.chiso.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Dates in forms, day/month/year in every language. Strict: 31/02/2024 is refused rather than quietly read as
 * 29/02/2024. One-digit days and months (30/6/2023) are accepted, as people type them.
 */
public class DateFormatter implements Formatter<LocalDate> {

    private static final DateTimeFormatter READ = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter WRITE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    @Override
    public LocalDate parse(String text, Locale locale) {
        return text.isBlank() ? null : LocalDate.parse(text.strip(), READ);
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return WRITE.format(date);
    }
}
