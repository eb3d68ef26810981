/**
 * The bodies of the province (departments, district and commune People's Committees, other provincial bodies) as a
 * tree. Other modules refer to a unit by its id and read it through {@link vn.chiso.unit.UnitService}.
 * Persistence: JdbcClient in {@code UnitRepository}: pages read all units in one statement and build the tree in
 * memory, the search is a full-text query, and a change is one plain update; there is no ORM state to flush.
 */
@ApplicationModule(displayName = "Units", allowedDependencies = {"shared"})
package vn.chiso.unit;

import org.springframework.modulith.ApplicationModule;
