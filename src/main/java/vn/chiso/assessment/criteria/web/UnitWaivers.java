package vn.chiso.assessment.criteria.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.chiso.assessment.criteria.CriteriaTree;
import vn.chiso.assessment.criteria.Criterion;
import vn.chiso.unit.UnitView;

/** The criteria waived for one unit, in the tree's order, and the most the unit can then score itself. */
record UnitWaivers(UnitView unit, List<Criterion> criteria, BigDecimal selfMax) {

    /** One entry per unit with waivers, in the units' tree order. */
    static List<UnitWaivers> of(CriteriaTree tree, Map<Long, Set<Long>> waivers, List<UnitView> units) {
        List<UnitWaivers> all = new ArrayList<>();
        for (UnitView unit : units) {
            Set<Long> waived = waivers.get(unit.id());
            if (waived != null) {
                all.add(new UnitWaivers(unit, tree.nodes().stream().filter(node -> waived.contains(node.id()))
                        .toList(), tree.selfMax(waived)));
            }
        }
        return all;
    }
}
