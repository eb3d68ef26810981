package vn.chiso.index.web;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.chiso.index.result.ComparisonRow;
import vn.chiso.index.result.ResultCell;

import static org.assertj.core.api.Assertions.assertThat;

/** Sorting the comparison table by score puts the best first, whichever way the index counts, unranked last. */
class ComparisonOrderTests {

    private final List<ComparisonRow> rows = List.of(row("Bình Định", "41.2", true), row("An Giang", "44.7", true),
            row("Bắc Ninh", "45.9", false), row("Cà Mau", "39.5", true));

    @Test
    void whereHigherIsBetterTheHighestScoreComesFirst() {
        assertThat(ComparisonOrder.of("score").sort(rows, true)).extracting(ComparisonRow::name)
                .containsExactly("An Giang", "Bình Định", "Cà Mau", "Bắc Ninh");
    }

    @Test
    void whereLowerIsBetterTheLowestScoreComesFirst() {
        assertThat(ComparisonOrder.of("score").sort(rows, false)).extracting(ComparisonRow::name)
                .containsExactly("Cà Mau", "Bình Định", "An Giang", "Bắc Ninh");
    }

    @Test
    void namesFollowTheVietnameseAlphabet() {
        assertThat(ComparisonOrder.of("name").sort(rows, true)).extracting(ComparisonRow::name)
                .containsExactly("An Giang", "Bình Định", "Cà Mau", "Bắc Ninh");
    }

    private static ComparisonRow row(String name, String score, boolean ranked) {
        return new ComparisonRow(name, name, "Vùng", new ResultCell(new BigDecimal(score), null, false, null, false),
                false, ranked, ranked ? null : "không xếp hạng");
    }
}
