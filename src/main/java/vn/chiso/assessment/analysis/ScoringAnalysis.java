package vn.chiso.assessment.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessedKind;

/**
 * The self-assessment against the appraisal, from the final assessments only (an appraisal under way says nothing
 * yet): who over-scores and by how much, year over year; which criteria lose the units the most points; and one
 * unit criterion by criterion. Each is one SQL statement, whatever the number of units.
 */
@Service
@Transactional(readOnly = true)
class ScoringAnalysis {

    private final ScoringRepository scoring;

    ScoringAnalysis(ScoringRepository scoring) {
        this.scoring = scoring;
    }

    YearAnalysis year(int year) {
        return new YearAnalysis(year, units(year), losses(year));
    }

    /** The units of the year, the most over-scoring (as a share of their maximum) first. */
    List<UnitScoring> units(int year) {
        Map<Long, SelfVsAppraised> previous = new HashMap<>();
        List<ScoringRepository.UnitPoints> current = new ArrayList<>();
        for (ScoringRepository.UnitPoints unit : scoring.units(year)) {
            if (unit.year() == year) {
                current.add(unit);
            } else {
                previous.put(unit.unitId(), unit.figures());
            }
        }
        return current.stream()
                .map(unit -> new UnitScoring(unit.unitId(), unit.name(), unit.kind(), unit.figures(),
                        previous.get(unit.unitId())))
                .sorted(Comparator.comparing((UnitScoring unit) -> unit.year().overScoredPercent()).reversed()
                        .thenComparing(Comparator.comparing((UnitScoring unit) -> unit.year().overScored())
                                .reversed())
                        .thenComparing(UnitScoring::unitName).thenComparing(UnitScoring::unitId))
                .toList();
    }

    /** For each kind with final assessments, its criteria by the points lost over its units, the most first. */
    Map<AssessedKind, List<CriterionLoss>> losses(int year) {
        Map<AssessedKind, List<CriterionLoss>> byKind = new EnumMap<>(AssessedKind.class);
        scoring.losses(year).forEach(loss -> byKind.computeIfAbsent(loss.kind(), kind -> new ArrayList<>()).add(loss));
        return new LinkedHashMap<>(byKind);
    }

    /** A unit's final assessment criterion by criterion, with the year before's; empty when it has none. */
    List<CriterionComparison> unit(int year, long unitId) {
        List<ScoringRepository.LinePoints> current = new ArrayList<>();
        Map<String, ScoringRepository.LinePoints> previous = new HashMap<>();
        for (ScoringRepository.LinePoints line : scoring.unit(year, unitId)) {
            if (line.year() == year) {
                current.add(line);
            } else {
                previous.put(line.code(), line);
            }
        }
        return current.stream().map(line -> {
            ScoringRepository.LinePoints before = previous.get(line.code());
            return new CriterionComparison(line.code(), line.name(), line.maxPoints(), line.selfScore(),
                    line.appraisedScore(), before == null ? null : before.maxPoints(),
                    before == null ? null : before.appraisedScore());
        }).toList();
    }
}
