package vn.chiso.assessment.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentSummary;
import vn.chiso.assessment.Rating;
import vn.chiso.assessment.Thresholds;

/**
 * How units are ranked from their final assessments, without the database: by percentage within their kind (equal
 * percentages share a rank, the next rank skipping), rated by the year's thresholds, and counted by rating.
 */
final class UnitRanks {

    static final String PROVINCIAL = "PROVINCIAL";

    private UnitRanks() {
    }

    /** The final assessments ranked within their kind, each beside its unit's ranking the year before (by unit id). */
    static List<RankedUnit> rank(List<AssessmentSummary> finals, Thresholds thresholds,
            Map<Long, RankedUnit> previous) {
        List<RankedUnit> ranked = new ArrayList<>();
        for (AssessedKind kind : AssessedKind.values()) {
            List<AssessmentSummary> ofKind = finals.stream().filter(a -> a.kind() == kind)
                    .sorted(Comparator.comparing((AssessmentSummary a) -> a.totals().percent()).reversed()
                            .thenComparing(AssessmentSummary::unitName))
                    .toList();
            int rank = 0;
            BigDecimal last = null;
            for (int i = 0; i < ofKind.size(); i++) {
                AssessmentSummary assessment = ofKind.get(i);
                BigDecimal percent = assessment.totals().percent();
                if (last == null || percent.compareTo(last) != 0) {
                    rank = i + 1;
                    last = percent;
                }
                RankedUnit before = previous.get(assessment.unitId());
                ranked.add(new RankedUnit(assessment, percent, thresholds == null ? null : thresholds.rate(percent),
                        rank, ofKind.size(), before == null ? null : new RankedUnit.Previous(before.percent(),
                        before.rating(), before.rank(), before.outOf())));
            }
        }
        return ranked;
    }

    /** The counts of the provincial bodies and districts together, then of each kind that has units. */
    static List<RatingCounts> counts(List<RankedUnit> ranked) {
        return List.copyOf(countsByGroup(ranked).values());
    }

    static Map<String, RatingCounts> countsByGroup(List<RankedUnit> ranked) {
        Map<String, RatingCounts> counts = new LinkedHashMap<>();
        if (ranked.isEmpty() || ranked.get(0).rating() == null) {
            return counts;
        }
        counts.put(PROVINCIAL, RatingCounts.empty(PROVINCIAL));
        for (AssessedKind kind : AssessedKind.values()) {
            counts.put(kind.name(), RatingCounts.empty(kind.name()));
        }
        for (RankedUnit unit : ranked) {
            Rating rating = unit.rating();
            AssessedKind kind = unit.assessment().kind();
            counts.computeIfPresent(kind.name(), (group, current) -> current.add(rating));
            if (kind.provincial()) {
                counts.computeIfPresent(PROVINCIAL, (group, current) -> current.add(rating));
            }
        }
        counts.values().removeIf(group -> group.total() == 0);
        return counts;
    }
}
