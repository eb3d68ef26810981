/**
 * Leadership dashboards: every index against the targets of the plans, what is below target and who works on it,
 * how far the tasks have come and which units report late; as pages, spreadsheets and a JSON API. Read only.
 *
 * Persistence: none of its own: it owns no table and composes what the other modules' services read.
 */
@ApplicationModule(displayName = "Dashboards", allowedDependencies = {
        "assessment :: ranking", "index", "index :: result", "notification", "plan", "plan :: target",
        "report", "report :: progress", "report :: timeliness", "report :: work", "shared", "unit", "user"})
package vn.chiso.dashboard;

import org.springframework.modulith.ApplicationModule;
