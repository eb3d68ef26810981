package vn.chiso.assessment;

import vn.chiso.unit.UnitKind;

/**
 * The kinds of unit the province assesses with a criteria set of their own and ranks among themselves. Departments
 * and the other provincial bodies share the departments' set.
 */
public enum AssessedKind {
    DEPARTMENT,
    DISTRICT,
    COMMUNE;

    public static AssessedKind of(UnitKind kind) {
        return switch (kind) {
            case DEPARTMENT, OTHER_PROVINCIAL -> DEPARTMENT;
            case DISTRICT -> DISTRICT;
            case COMMUNE -> COMMUNE;
        };
    }

    /** Provincial bodies and district People's Committees are counted together, as the province reports them. */
    public boolean provincial() {
        return this != COMMUNE;
    }

    public String messageKey() {
        return "assessment.kind." + name();
    }
}
