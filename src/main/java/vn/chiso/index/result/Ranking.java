package vn.chiso.index.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How ranks and groups are computed when a publisher's table does not give them. Ranks follow the scores (higher
 * is better unless the index says otherwise) and tied scores share a rank, the next rank skipping ("1, 2, 2, 4").
 * Groups split the ranked provinces into equal bands by rank, the quartiles for four groups.
 */
public final class Ranking {

    private Ranking() {
    }

    public static <K> Map<K, Integer> ranks(Map<K, BigDecimal> scores, boolean higherIsBetter) {
        Comparator<Map.Entry<K, BigDecimal>> best = Map.Entry.comparingByValue();
        if (higherIsBetter) {
            best = best.reversed();
        }
        List<Map.Entry<K, BigDecimal>> ordered = new ArrayList<>(scores.entrySet());
        ordered.sort(best);
        Map<K, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            boolean tied = i > 0 && ordered.get(i).getValue().compareTo(ordered.get(i - 1).getValue()) == 0;
            ranks.put(ordered.get(i).getKey(), tied ? ranks.get(ordered.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }

    /** The group (1 = best of {@code groups}) of a rank among {@code ranked} provinces. */
    public static int group(int rank, int ranked, int groups) {
        return Math.min(groups, (rank - 1) * groups / ranked + 1);
    }
}
