package vn.chiso.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Decimal numbers as people and files write them: "43,44" or "43.44", with spaces, with or without "%". */
public final class Decimals {

    private static final Pattern DECIMAL = Pattern.compile("^-?\\d+([.,]\\d+)?$");

    private Decimals() {
    }

    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String plain = text.strip().replace(" ", "").replace("\u00A0", "");
        if (plain.endsWith("%")) {
            plain = plain.substring(0, plain.length() - 1);
        }
        if (!DECIMAL.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain.replace(',', '.')));
    }

    /** A whole number, or empty when the text is not one. */
    public static Optional<Integer> parseWhole(String text) {
        return parse(text).filter(number -> number.stripTrailingZeros().scale() <= 0)
                .filter(number -> number.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0)
                .map(BigDecimal::intValue);
    }
}
