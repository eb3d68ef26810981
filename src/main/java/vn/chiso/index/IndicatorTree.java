package vn.chiso.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The indicators of one index in tree order: the aggregate, then each node followed by its children. */
final class IndicatorTree {

    private static final Comparator<Indicator> SIBLING_ORDER =
            Comparator.comparingInt(Indicator::position).thenComparing(Indicator::code);

    private IndicatorTree() {
    }

    static List<IndicatorView> of(List<Indicator> indicators) {
        Map<Long, List<Indicator>> children = new HashMap<>();
        List<Indicator> roots = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (indicator.parentId() == null) {
                roots.add(indicator);
            } else {
                children.computeIfAbsent(indicator.parentId(), id -> new ArrayList<>()).add(indicator);
            }
        }
        List<IndicatorView> views = new ArrayList<>(indicators.size());
        roots.stream().sorted(SIBLING_ORDER).forEach(root -> visit(root, 0, children, views));
        return views;
    }

    private static void visit(Indicator indicator, int depth, Map<Long, List<Indicator>> children,
            List<IndicatorView> views) {
        views.add(indicator.view(depth));
        children.getOrDefault(indicator.id(), List.of()).stream().sorted(SIBLING_ORDER)
                .forEach(child -> visit(child, depth + 1, children, views));
    }
}
