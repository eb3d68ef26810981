package vn.chiso.plan.task;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The order of sections as documents number them: "II.1.a" before "II.1.b" before "II.2.a" before "III.1";
 * Roman numerals and numbers by value, letters in Vietnamese order (d before đ).
 */
public final class SectionOrder implements Comparator<String> {

    public static final SectionOrder INSTANCE = new SectionOrder();
    private static final Pattern ROMAN = Pattern.compile("^[IVXLC]+$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+$");
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    @Override
    public int compare(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int order = part(a[i], b[i]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static int part(String a, String b) {
        if (ROMAN.matcher(a).matches() && ROMAN.matcher(b).matches()) {
            return Integer.compare(roman(a), roman(b));
        }
        if (NUMBER.matcher(a).matches() && NUMBER.matcher(b).matches()) {
            return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
        }
        return VIETNAMESE.compare(a, b);
    }

    private static int roman(String numeral) {
        int total = 0;
        int previous = 0;
        for (int i = numeral.length() - 1; i >= 0; i--) {
            int value = switch (numeral.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 100;
            };
            total += value < previous ? -value : value;
            previous = value;
        }
        return total;
    }
}
