package vn.chiso.unit;

/** A unit the search box found, with the name of the unit above it (a commune's district), if any. */
public record UnitMatch(long id, String code, String name, String shortName, UnitKind kind, String parentName,
        boolean active) {
}
