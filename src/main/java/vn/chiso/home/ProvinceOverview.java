package vn.chiso.home;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.chiso.unit.UnitKind;
import vn.chiso.unit.UnitView;

/**
 * The province's active bodies by kind, and which of them have no officer account yet: such a unit cannot report
 * on the tasks it will be given.
 */
record ProvinceOverview(Map<UnitKind, Long> unitsByKind, Map<UnitKind, Long> coveredByKind, long activeUnits,
        long coveredUnits, List<UnitView> withoutOfficer) {

    static ProvinceOverview of(List<UnitView> units, Map<Long, Long> officersByUnit) {
        Map<UnitKind, Long> byKind = new EnumMap<>(UnitKind.class);
        Map<UnitKind, Long> covered = new EnumMap<>(UnitKind.class);
        for (UnitKind kind : UnitKind.values()) {
            byKind.put(kind, 0L);
            covered.put(kind, 0L);
        }
        List<UnitView> active = units.stream().filter(UnitView::active).toList();
        active.forEach(unit -> byKind.merge(unit.kind(), 1L, Long::sum));
        active.stream().filter(unit -> officersByUnit.containsKey(unit.id()))
                .forEach(unit -> covered.merge(unit.kind(), 1L, Long::sum));
        List<UnitView> uncovered = active.stream().filter(unit -> !officersByUnit.containsKey(unit.id())).toList();
        return new ProvinceOverview(byKind, covered, active.size(), active.size() - uncovered.size(), uncovered);
    }
}
