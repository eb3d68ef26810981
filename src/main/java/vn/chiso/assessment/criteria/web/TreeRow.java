package vn.chiso.assessment.criteria.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.chiso.assessment.criteria.CriteriaTree;
import vn.chiso.assessment.criteria.Criterion;

/**
 * A node as a line of the tree page: its maximum (a parent's is its children's sum) and whether it can move up or
 * down among its siblings.
 */
record TreeRow(Criterion node, BigDecimal max, int children, boolean first, boolean last) {

    static List<TreeRow> of(CriteriaTree tree) {
        List<TreeRow> rows = new ArrayList<>();
        for (Criterion node : tree.nodes()) {
            List<Criterion> siblings = node.parentId() == null ? tree.fields() : tree.childrenOf(node.parentId());
            rows.add(new TreeRow(node, tree.maxOf(node, Set.of()), tree.childrenOf(node.id()).size(),
                    siblings.get(0).equals(node), siblings.get(siblings.size() - 1).equals(node)));
        }
        return rows;
    }

    /** How far the name is indented: fields at the margin. */
    public int depth() {
        return node.level() - 1;
    }
}
