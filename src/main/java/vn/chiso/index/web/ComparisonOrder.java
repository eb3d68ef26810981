package vn.chiso.index.web;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import vn.chiso.index.result.ComparisonRow;

/** The orders of the province comparison table; unranked provinces always come last. */
enum ComparisonOrder {
    RANK("rank", Comparator.comparing(ComparisonOrder::rank, Comparator.nullsLast(Comparator.naturalOrder()))),
    /** Highest first; {@link #sort} turns it round for an index where lower is better, so the best come first. */
    SCORE("score", Comparator.comparing(ComparisonOrder::score, Comparator.nullsLast(Comparator.reverseOrder()))),
    NAME("name", Comparator.comparing(ComparisonRow::name, Collator.getInstance(Locale.forLanguageTag("vi")))),
    REGION("region", Comparator.comparing(ComparisonRow::region, Collator.getInstance(Locale.forLanguageTag("vi")))
            .thenComparing(ComparisonOrder::rank, Comparator.nullsLast(Comparator.naturalOrder())));

    private final String key;
    private final Comparator<ComparisonRow> order;

    ComparisonOrder(String key, Comparator<ComparisonRow> order) {
        this.key = key;
        this.order = order;
    }

    static ComparisonOrder of(String key) {
        for (ComparisonOrder candidate : values()) {
            if (candidate.key.equals(key)) {
                return candidate;
            }
        }
        return RANK;
    }

    String key() {
        return key;
    }

    List<ComparisonRow> sort(List<ComparisonRow> rows, boolean higherIsBetter) {
        Comparator<ComparisonRow> within = this == SCORE && !higherIsBetter
                ? Comparator.comparing(ComparisonOrder::score, Comparator.nullsLast(Comparator.naturalOrder()))
                : order;
        return rows.stream().sorted(Comparator.comparing((ComparisonRow row) -> !row.ranked()).thenComparing(within))
                .toList();
    }

    private static Integer rank(ComparisonRow row) {
        return row.cell() == null ? null : row.cell().rank();
    }

    private static BigDecimal score(ComparisonRow row) {
        return row.cell() == null ? null : row.cell().score();
    }
}
