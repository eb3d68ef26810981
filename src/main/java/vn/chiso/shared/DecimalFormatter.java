package vn.chiso.shared;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Decimal numbers in forms: shown with the separator of the user's language (43,44 in Vietnamese) and read with
 * either a comma or a point, since people type both.
 */
public class DecimalFormatter implements Formatter<BigDecimal> {

    @Override
    public BigDecimal parse(String text, Locale locale) {
        if (text.isBlank()) {
            return null;
        }
        return Decimals.parse(text).orElseThrow(() -> new NumberFormatException("not a number: " + text));
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }
}
