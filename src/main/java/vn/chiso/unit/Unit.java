package vn.chiso.unit;

/** A body of the province. The parent is kept as an id: pages read units as one list and build the tree from it. */
record Unit(Long id, String code, String name, String shortName, UnitKind kind, Long parentId, boolean active) {

    Unit(String code, String name, String shortName, UnitKind kind, Long parentId) {
        this(null, code, name, shortName, kind, parentId, true);
    }
}
