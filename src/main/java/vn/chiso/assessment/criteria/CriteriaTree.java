package vn.chiso.assessment.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A criteria set with its nodes in reading order (each field, then its criteria, then their sub-criteria). */
public final class CriteriaTree {

    private final CriteriaSet set;
    private final List<Criterion> nodes;
    private final Map<Long, Criterion> byId = new LinkedHashMap<>();
    private final Map<Long, List<Criterion>> children = new HashMap<>();

    CriteriaTree(CriteriaSet set, List<Criterion> nodesByPosition) {
        this.set = set;
        nodesByPosition.forEach(node -> {
            byId.put(node.id(), node);
            children.computeIfAbsent(node.parentId(), parent -> new ArrayList<>()).add(node);
        });
        List<Criterion> ordered = new ArrayList<>();
        addInOrder(null, ordered);
        this.nodes = List.copyOf(ordered);
    }

    private void addInOrder(Long parentId, List<Criterion> ordered) {
        for (Criterion node : children.getOrDefault(parentId, List.of())) {
            ordered.add(node);
            addInOrder(node.id(), ordered);
        }
    }

    public CriteriaSet set() {
        return set;
    }

    public List<Criterion> nodes() {
        return nodes;
    }

    public List<Criterion> fields() {
        return children.getOrDefault(null, List.of());
    }

    public List<Criterion> childrenOf(long id) {
        return children.getOrDefault(id, List.of());
    }

    public Optional<Criterion> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Criterion> scored() {
        return nodes.stream().filter(Criterion::scored).toList();
    }

    /** Whether a node, or one above it, is among the waived ones. */
    public boolean waived(Criterion node, Collection<Long> waivedIds) {
        for (Criterion current = node; current != null;
                current = current.parentId() == null ? null : byId.get(current.parentId())) {
            if (waivedIds.contains(current.id())) {
                return true;
            }
        }
        return false;
    }

    /** The maximum of a node for a unit: the scored nodes under it (or itself) that are not waived. */
    public BigDecimal maxOf(Criterion node, Set<Long> waivedIds) {
        if (waived(node, waivedIds)) {
            return BigDecimal.ZERO;
        }
        if (node.scored()) {
            return node.maxPoints() == null ? BigDecimal.ZERO : node.maxPoints();
        }
        return childrenOf(node.id()).stream().map(child -> maxOf(child, waivedIds))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The most the scored criteria can give a unit, without the survey. */
    public BigDecimal selfMax(Set<Long> waivedIds) {
        return fields().stream().map(field -> maxOf(field, waivedIds)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
