package vn.chiso.assessment.criteria;

import java.util.Set;

/**
 * A criteria set as it applies to one unit.
 *
 * @param waived the criteria that do not apply to the unit (with everything under them)
 */
public record UnitCriteria(CriteriaTree tree, Set<Long> waived) {
}
