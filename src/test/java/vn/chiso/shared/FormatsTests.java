package vn.chiso.shared;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

    private final Formats fmt = new Formats(Clock.system(ZoneId.of("Asia/Ho_Chi_Minh")));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void vietnameseNumbersUseADecimalCommaAndDotsForThousands() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(fmt.decimal(new BigDecimal("43.436882"), 2)).isEqualTo("43,44");
        assertThat(fmt.decimal(1234.5, 2)).isEqualTo("1.234,50");
        assertThat(fmt.decimal(1.555, 2)).as("half up, as published figures").isEqualTo("1,56");
    }

    @Test
    void englishNumbersUseADecimalPoint() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.decimal(new BigDecimal("43.436882"), 2)).isEqualTo("43.44");
        assertThat(fmt.decimal(1234.5, 2)).isEqualTo("1,234.50");
    }

    @Test
    void sharesAreComputedFromTheCounts() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        assertThat(fmt.percent(30, 43, 2)).isEqualTo("69,77 %");
        assertThat(fmt.percent(13, 43, 2)).as("not the 31,24 % printed in seed 003").isEqualTo("30,23 %");
        assertThat(fmt.percent(1, 0, 2)).isEmpty();
    }

    @Test
    void datesReadDayMonthYearAndTimesAreInVietnam() {
        assertThat(fmt.date(LocalDate.of(2023, 6, 20))).isEqualTo("20/06/2023");
        assertThat(fmt.dateTime(Instant.parse("2023-09-29T16:59:00Z"))).isEqualTo("29/09/2023 23:59");
        assertThat(fmt.date(null)).isEmpty();
    }
}
