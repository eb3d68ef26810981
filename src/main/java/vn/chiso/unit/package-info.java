/**
 * The bodies of the province (departments, district and commune People's Committees, other provincial bodies) as a
 * tree. Other modules refer to a unit by its id and read it through {@link vn.chiso.unit.UnitService}.
 */
@ApplicationModule(displayName = "Units", allowedDependencies = {"shared"})
package vn.chiso.unit;

import org.springframework.modulith.ApplicationModule;
