package vn.chiso.assessment.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentSummary;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.Rating;
import vn.chiso.assessment.Thresholds;

/**
 * Ranks the units from their final assessments: percentage of the most they could have had, rating by the year's
 * thresholds, rank within their kind (equal percentages share a rank), compared with the year before.
 */
@Service
@Transactional(readOnly = true)
public class Rankings {

    static final String PROVINCIAL = "PROVINCIAL";

    private final Assessments assessments;
    private final AssessmentYears years;
    private final JdbcTemplate jdbc;

    Rankings(Assessments assessments, AssessmentYears years, JdbcTemplate jdbc) {
        this.assessments = assessments;
        this.years = years;
        this.jdbc = jdbc;
    }

    /** The latest year with at least one final assessment, the one worth linking to; empty before any. */
    public Optional<Integer> latestRankedYear() {
        return Optional.ofNullable(jdbc.queryForObject(
                "select max(year) from assessment where status = 'FINAL'", Integer.class));
    }

    public YearRanking ranking(int year) {
        List<AssessmentSummary> summaries = assessments.summaries(year);
        List<AssessmentSummary> finals = summaries.stream().filter(a -> a.status() == AssessmentStatus.FINAL).toList();
        Thresholds thresholds = years.find(year).map(AssessmentYear::thresholds).orElse(null);
        Thresholds previousThresholds = years.find(year - 1).map(AssessmentYear::thresholds).orElse(null);
        List<AssessmentSummary> previousFinals = assessments.summaries(year - 1).stream()
                .filter(a -> a.status() == AssessmentStatus.FINAL).toList();
        List<RankedUnit> previousRanked = rank(previousFinals, previousThresholds, Map.of());
        Map<Long, RankedUnit> previous = new HashMap<>();
        previousRanked.forEach(unit -> previous.put(unit.assessment().unitId(), unit));
        List<RankedUnit> ranked = rank(finals, thresholds, previous);
        return new YearRanking(year, thresholds, ranked, counts(ranked), countsByGroup(previousRanked),
                summaries.size() - finals.size());
    }

    private static List<RankedUnit> rank(List<AssessmentSummary> finals, Thresholds thresholds,
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
    private static List<RatingCounts> counts(List<RankedUnit> ranked) {
        return List.copyOf(countsByGroup(ranked).values());
    }

    private static Map<String, RatingCounts> countsByGroup(List<RankedUnit> ranked) {
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
