package vn.chiso.unit;

/** What kind of body a unit is; the order is the order in which kinds are listed. */
public enum UnitKind {
    DEPARTMENT,
    OTHER_PROVINCIAL,
    DISTRICT,
    COMMUNE;

    /** Key of the kind's name in the message bundles. */
    public String messageKey() {
        return "unit.kind." + name();
    }
}
