package vn.chiso.assessment.criteria;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.assessment.AssessedKind;
import vn.chiso.shared.NotFoundException;

/** Reading criteria sets: a set with its tree, the version in force for a year and kind, the waivers. */
@Service
@Transactional(readOnly = true)
public class CriteriaSets {

    private final CriteriaSetRepository sets;
    private final CriterionRepository criteria;

    CriteriaSets(CriteriaSetRepository sets, CriterionRepository criteria) {
        this.sets = sets;
        this.criteria = criteria;
    }

    public CriteriaSet get(long setId) {
        return find(setId).orElseThrow(() -> new NotFoundException("Criteria set", setId));
    }

    public Optional<CriteriaSet> find(long setId) {
        return sets.find(setId);
    }

    /** The latest version for a year and kind: the one a unit beginning its assessment is given. */
    public Optional<CriteriaSet> current(int year, AssessedKind kind) {
        return sets.current(year, kind);
    }

    /** Every set, the latest year first, then by kind and version. */
    public List<CriteriaSet> all() {
        return sets.all();
    }

    /** Every set with its points and use, in the order of {@link #all()}, in one statement. */
    public List<CriteriaSetSummary> summaries() {
        return sets.summaries();
    }

    /** @throws NotFoundException no such set */
    public CriteriaTree tree(long setId) {
        return criteria.tree(setId, null).orElseThrow(() -> new NotFoundException("Criteria set", setId)).tree();
    }

    /**
     * The set's tree and the criteria of it waived for a unit, in one statement.
     *
     * @throws NotFoundException no such set
     */
    public UnitCriteria forUnit(long setId, long unitId) {
        return criteria.tree(setId, unitId).orElseThrow(() -> new NotFoundException("Criteria set", setId));
    }

    /** The criteria of a set waived for a unit. */
    public Set<Long> waived(long setId, long unitId) {
        return forUnit(setId, unitId).waived();
    }

    /** Every waiver of a set, by unit. */
    public Map<Long, Set<Long>> waivers(long setId) {
        return criteria.waivers(setId);
    }

    /** A set some unit has begun to assess itself with is never changed again: it gets a new version instead. */
    public boolean inUse(long setId) {
        return assessments(setId) > 0;
    }

    /** How many units' assessments use a set. */
    public int assessments(long setId) {
        return sets.assessments(setId);
    }
}
