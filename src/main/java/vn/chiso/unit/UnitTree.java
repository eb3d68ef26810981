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
        units.forEach(unit -> byId.put(unit.id(), unit));
        for (Unit unit : units) {
            if (unit.parentId() == null || !byId.containsKey(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
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
        return children.getOrDefault(id, List.of()).stream().anyMatch(Unit::active);
    }

    private void collect(long id, Set<Long> ids) {
        if (ids.add(id)) {
            children.getOrDefault(id, List.of()).forEach(child -> collect(child.id(), ids));
        }
    }

    private void visit(Unit unit, int depth, List<UnitView> views) {
        Unit parent = unit.parentId() == null ? null : byId.get(unit.parentId());
        views.add(new UnitView(unit.id(), unit.code(), unit.name(), unit.shortName(), unit.kind(),
                unit.parentId(), parent == null ? null : parent.name(), unit.active(), depth));
        children.getOrDefault(unit.id(), List.of()).stream().sorted(siblingOrder())
                .forEach(child -> visit(child, depth + 1, views));
    }

    private static Comparator<Unit> siblingOrder() {
        return Comparator.comparing(Unit::kind).thenComparing(Unit::name, VIETNAMESE);
    }
}
