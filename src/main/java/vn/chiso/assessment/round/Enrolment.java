package vn.chiso.assessment.round;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.assessment.AssessmentYears;
import vn.chiso.assessment.criteria.CriteriaSet;
import vn.chiso.assessment.criteria.CriteriaSets;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;
import vn.chiso.user.CurrentUser;

/**
 * Which units take part in a year's round: a unit does when it has an assessment. Enrolling gives every active unit
 * a draft on the set in force for its kind; a unit that has not begun (nothing scored, explained or attached) can be
 * withdrawn again.
 */
@Service
@Transactional
public class Enrolment {

    private final EnrolmentRepository enrolments;
    private final AssessmentYears years;
    private final CriteriaSets sets;
    private final UnitService units;
    private final Clock clock;

    Enrolment(EnrolmentRepository enrolments, AssessmentYears years, CriteriaSets sets, UnitService units,
            Clock clock) {
        this.enrolments = enrolments;
        this.years = years;
        this.sets = sets;
        this.units = units;
        this.clock = clock;
    }

    /**
     * Enrols every active unit not enrolled yet whose kind has a criteria set for the year. Enrolling again only adds
     * the units that were missing.
     */
    public Enrolled enrol(int year, CurrentUser coordinator) {
        if (years.find(year).isEmpty()) {
            throw new RuleViolationException(null, "assessment.enrol.noRound", year);
        }
        Map<AssessedKind, CriteriaSet> current = currentSets(year);
        Set<Long> enrolled = enrolments.enrolledUnits(year);
        List<Long> unitIds = new ArrayList<>();
        List<Long> setIds = new ArrayList<>();
        Map<AssessedKind, Integer> withoutSet = new EnumMap<>(AssessedKind.class);
        for (UnitView unit : units.activeTree()) {
            if (enrolled.contains(unit.id())) {
                continue;
            }
            AssessedKind kind = AssessedKind.of(unit.kind());
            CriteriaSet set = current.get(kind);
            if (set == null) {
                withoutSet.merge(kind, 1, Integer::sum);
            } else {
                unitIds.add(unit.id());
                setIds.add(set.id());
            }
        }
        int added = unitIds.isEmpty() ? 0
                : enrolments.enrol(year, unitIds, setIds, coordinator.fullName(), clock.instant());
        return new Enrolled(added, withoutSet);
    }

    /** Takes a unit out of the round: only while it has not begun its assessment. */
    public void withdraw(int year, long unitId) {
        if (!enrolments.withdrawUntouched(year, unitId)) {
            boolean enrolled = enrolments.enrolled(year, unitId);
            throw new RuleViolationException("unitId",
                    enrolled ? "assessment.withdraw.begun" : "assessment.withdraw.notEnrolled");
        }
    }

    /** For each kind of unit: the set in force, the active units and how many of them are enrolled. */
    @Transactional(readOnly = true)
    public List<KindEnrolment> byKind(int year) {
        Map<AssessedKind, CriteriaSet> current = currentSets(year);
        Map<AssessedKind, EnrolmentRepository.KindCount> enrolled = new EnumMap<>(AssessedKind.class);
        enrolments.byKind(year).forEach(count -> enrolled.put(count.kind(), count));
        Map<AssessedKind, Integer> active = new HashMap<>();
        units.activeTree().forEach(unit -> active.merge(AssessedKind.of(unit.kind()), 1, Integer::sum));
        List<KindEnrolment> kinds = new ArrayList<>();
        for (AssessedKind kind : AssessedKind.values()) {
            EnrolmentRepository.KindCount counts = enrolled.getOrDefault(kind,
                    new EnrolmentRepository.KindCount(kind, 0, 0));
            kinds.add(new KindEnrolment(kind, current.get(kind), active.getOrDefault(kind, 0), counts.enrolled(),
                    counts.finals()));
        }
        return kinds;
    }

    /** The enrolled units that may still be withdrawn, by name. */
    @Transactional(readOnly = true)
    public List<EnrolledUnit> withdrawable(int year) {
        return enrolments.untouched(year);
    }

    private Map<AssessedKind, CriteriaSet> currentSets(int year) {
        Map<AssessedKind, CriteriaSet> current = new EnumMap<>(AssessedKind.class);
        for (AssessedKind kind : AssessedKind.values()) {
            sets.current(year, kind).ifPresent(set -> current.put(kind, set));
        }
        return current;
    }

    /**
     * What an enrolment did.
     *
     * @param withoutSet the units left out, by kind, because their kind has no criteria set for the year
     */
    public record Enrolled(int added, Map<AssessedKind, Integer> withoutSet) {
    }

    /**
     * @param set    {@code null} when the kind has no criteria set for the year
     * @param active the active units of the kind, enrolled or not
     * @param finals the enrolled units whose assessment is final
     */
    public record KindEnrolment(AssessedKind kind, CriteriaSet set, int active, int enrolled, int finals) {
    }

    public record EnrolledUnit(long unitId, String code, String name) {
    }
}
