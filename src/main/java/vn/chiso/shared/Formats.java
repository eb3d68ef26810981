package vn.chiso.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How dates and numbers read on every page ({@code ${@fmt.decimal(x, 2)}} in templates): dates {@code dd/MM/yyyy}
 * in every language, numbers with the separators of the user's language (43,44 in Vietnamese, 43.44 in English).
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Clock clock;

    public Formats(Clock clock) {
        this.clock = clock;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** A moment as the province's local date and time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(clock.getZone()));
    }

    /** A number with exactly {@code scale} decimals, rounded half up as published figures are. */
    public String decimal(Number value, int scale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value instanceof BigDecimal big ? big : new BigDecimal(value.toString()));
    }

    /** A change with its sign: "+1,75", "−0,50", "0,00". */
    public String signed(Number value, int scale) {
        if (value == null) {
            return "";
        }
        BigDecimal number = value instanceof BigDecimal big ? big : new BigDecimal(value.toString());
        String digits = decimal(number.abs(), scale);
        int sign = number.setScale(scale, RoundingMode.HALF_UP).signum();
        return sign > 0 ? "+" + digits : sign < 0 ? "\u2212" + digits : digits;
    }

    /** A share as a percentage: {@code percent(13, 43, 2)} is "30,23 %" in Vietnamese. */
    public String percent(long part, long whole, int scale) {
        if (whole == 0) {
            return "";
        }
        BigDecimal share = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
        return decimal(share, scale) + " %";
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
