package vn.chiso.index.result;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTests {

    @Test
    void tiedScoresShareARankAndTheNextRankSkips() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        scores.put("A", new BigDecimal("45.10"));
        scores.put("B", new BigDecimal("43.44"));
        scores.put("C", new BigDecimal("43.440"));
        scores.put("D", new BigDecimal("40.00"));
        assertThat(Ranking.ranks(scores, true)).containsEntry("A", 1).containsEntry("B", 2).containsEntry("C", 2)
                .containsEntry("D", 4);
    }

    @Test
    void whenLowerIsBetterTheLowestScoreRanksFirst() {
        Map<String, BigDecimal> scores = Map.of("A", BigDecimal.ONE, "B", BigDecimal.TEN, "C", new BigDecimal("2"));
        assertThat(Ranking.ranks(scores, false)).containsEntry("A", 1).containsEntry("C", 2).containsEntry("B", 3);
    }

    @Test
    void groupsSplitTheRankedProvincesIntoEqualBands() {
        assertThat(Ranking.group(1, 61, 4)).isEqualTo(1);
        assertThat(Ranking.group(16, 61, 4)).isEqualTo(1);
        assertThat(Ranking.group(17, 61, 4)).isEqualTo(2);
        assertThat(Ranking.group(31, 61, 4)).isEqualTo(2);
        assertThat(Ranking.group(32, 61, 4)).isEqualTo(3);
        assertThat(Ranking.group(46, 61, 4)).isEqualTo(3);
        assertThat(Ranking.group(47, 61, 4)).isEqualTo(4);
        assertThat(Ranking.group(61, 61, 4)).isEqualTo(4);
        assertThat(Ranking.group(3, 4, 4)).isEqualTo(3);
    }

    @Test
    void provincesAllTiedShareTheFirstPlace() {
        Map<String, BigDecimal> scores = Map.of("A", new BigDecimal("42.5"), "B", new BigDecimal("42.50"),
                "C", new BigDecimal("42.500"));
        assertThat(Ranking.ranks(scores, true)).containsOnly(Map.entry("A", 1), Map.entry("B", 1), Map.entry("C", 1));
        assertThat(Ranking.ranks(Map.<String, BigDecimal>of(), true)).isEmpty();
    }

    @Test
    void fewerProvincesThanGroupsLeaveTheLowestGroupsEmpty() {
        assertThat(Ranking.group(1, 3, 4)).isEqualTo(1);
        assertThat(Ranking.group(2, 3, 4)).isEqualTo(2);
        assertThat(Ranking.group(3, 3, 4)).isEqualTo(3);
    }
}
