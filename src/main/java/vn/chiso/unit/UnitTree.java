package vn.chiso.unit;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * All units of the province arranged as a tree: each unit followed by its children, siblings ordered by kind and
 * then by Vietnamese name. Built in memory from one query; a province has a few hundred units.
 */
final class UnitTree {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<Long, List<Unit>> children = new HashMap<>();
    private final List<Unit> roots = new ArrayList<>();

    UnitTree(List<Unit> units) {
        units.forEach(unit -> byId.put(unit.getId(), unit));
        for (Unit unit : units) {
            if (unit.getParentId() == null || !byId.containsKey(unit.getParentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.getParentId(), id -> new ArrayList<>()).add(unit);
            }
        }
    }

    /** Every unit, parents before their children. */
    List<UnitView> views() {
        List<UnitView> views = new ArrayList<>(byId.size());
        roots.stream().sorted(siblingOrder()).forEach(root -> visit(root, 0, views));
        return views;
    }

    /** The unit and everything below it: a unit cannot be moved under any of these. */
    Set<Long> subtree(long id) {
        Set<Long> ids = new HashSet<>();
        collect(id, ids);
        return ids;
    }

    boolean hasActiveChildren(long id) {
        return children.getOrDefault(id, List.of()).stream().anyMatch(Unit::isActive);
    }

    private void collect(long id, Set<Long> ids) {
        if (ids.add(id)) {
            children.getOrDefault(id, List.of()).forEach(child -> collect(child.getId(), ids));
        }
    }

    private void visit(Unit unit, int depth, List<UnitView> views) {
        Unit parent = unit.getParentId() == null ? null : byId.get(unit.getParentId());
        views.add(new UnitView(unit.getId(), unit.getCode(), unit.getName(), unit.getShortName(), unit.getKind(),
                unit.getParentId(), parent == null ? null : parent.getName(), unit.isActive(), depth));
        children.getOrDefault(unit.getId(), List.of()).stream().sorted(siblingOrder())
                .forEach(child -> visit(child, depth + 1, views));
    }

    private static Comparator<Unit> siblingOrder() {
        return Comparator.comparing(Unit::getKind).thenComparing(Unit::getName, VIETNAMESE);
    }
}
