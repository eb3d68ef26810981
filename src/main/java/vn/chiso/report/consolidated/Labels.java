package vn.chiso.report.consolidated;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** The texts of the consolidated report's layout in the reader's language, from the message bundles. */
record Labels(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A rate with two decimals as the language writes it: "69,77%" in Vietnamese, "69.77%" in English. */
    String percent(BigDecimal rate) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(rate) + "%";
    }
}
