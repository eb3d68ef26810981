/**
 * The search box of the menu and its results page: plans, tasks, units and reports found by what was typed, with or
 * without diacritics, among what the reader may open. Each module searches its own tables (plan, unit, report);
 * this one only composes what they find.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"plan", "report", "shared", "unit", "user"})
package vn.chiso.search;

import org.springframework.modulith.ApplicationModule;
