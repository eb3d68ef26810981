/**
 * The page each role lands on: an officer's work of the day (overdue tasks, reports due, what was returned, the PAR
 * self-assessment), the coordinators' and leaders' view of the province. It owns no table and only composes what the
 * other modules publish.
 */
@ApplicationModule(displayName = "Home pages", allowedDependencies = {
        "assessment", "notification", "plan :: task", "report :: progress", "report :: work", "unit", "user"})
package vn.chiso.home;

import org.springframework.modulith.ApplicationModule;
