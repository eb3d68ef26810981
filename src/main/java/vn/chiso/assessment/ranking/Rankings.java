package vn.chiso.assessment.ranking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessmentStatus;
import vn.chiso.assessment.AssessmentSummary;
import vn.chiso.assessment.AssessmentYear;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.Assessments;
import vn.chiso.assessment.Thresholds;

/**
 * Ranks the units from their final assessments: percentage of the most they could have had, rating by the year's
 * thresholds, rank within their kind (equal percentages share a rank), compared with the year before.
 */
@Service
@Transactional(readOnly = true)
public class Rankings {

    private final Assessments assessments;
    private final AssessmentYears years;
    private final RankingRepository ranked;

    Rankings(Assessments assessments, AssessmentYears years, RankingRepository ranked) {
        this.assessments = assessments;
        this.years = years;
        this.ranked = ranked;
    }

    /** The latest year with at least one final assessment, the one worth linking to; empty before any. */
    public Optional<Integer> latestRankedYear() {
        return ranked.latestRankedYear();
    }

    public YearRanking ranking(int year) {
        List<AssessmentSummary> summaries = assessments.summaries(year);
        List<AssessmentSummary> finals = summaries.stream().filter(a -> a.status() == AssessmentStatus.FINAL).toList();
        Thresholds thresholds = years.find(year).map(AssessmentYear::thresholds).orElse(null);
        Thresholds previousThresholds = years.find(year - 1).map(AssessmentYear::thresholds).orElse(null);
        List<AssessmentSummary> previousFinals = assessments.summaries(year - 1).stream()
                .filter(a -> a.status() == AssessmentStatus.FINAL).toList();
        List<RankedUnit> previousRanked = UnitRanks.rank(previousFinals, previousThresholds, Map.of());
        Map<Long, RankedUnit> previous = new HashMap<>();
        previousRanked.forEach(unit -> previous.put(unit.assessment().unitId(), unit));
        List<RankedUnit> ranked = UnitRanks.rank(finals, thresholds, previous);
        return new YearRanking(year, thresholds, ranked, UnitRanks.counts(ranked),
                UnitRanks.countsByGroup(previousRanked), summaries.size() - finals.size());
    }
}
