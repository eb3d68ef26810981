package vn.chiso.assessment.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.chiso.assessment.AssessedKind;

/**
 * Where the units of a year stand against their appraisal, from their final assessments: each unit's over-scoring
 * (the most first), and for each kind the criteria on which the units lost the most points.
 */
public record YearAnalysis(int year, List<UnitScoring> units, Map<AssessedKind, List<CriterionLoss>> losses) {

    public List<AssessedKind> kinds() {
        return List.copyOf(losses.keySet());
    }

    public List<CriterionLoss> lossesOf(AssessedKind kind) {
        return losses.getOrDefault(kind, List.of());
    }

    /** The units in alphabetical order, to choose one from. */
    public List<UnitScoring> unitsByName() {
        return units.stream().sorted(Comparator.comparing(UnitScoring::unitName)).toList();
    }

    public Optional<UnitScoring> unit(long unitId) {
        return units.stream().filter(unit -> unit.unitId() == unitId).findFirst();
    }
}
