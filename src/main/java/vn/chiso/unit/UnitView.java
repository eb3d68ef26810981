package vn.chiso.unit;

/**
 * A unit as pages and other modules see it.
 *
 * @param depth how deep the unit sits in the tree (0 for a unit without parent)
 */
public record UnitView(long id, String code, String name, String shortName, UnitKind kind, Long parentId,
        String parentName, boolean active, int depth) {
}
