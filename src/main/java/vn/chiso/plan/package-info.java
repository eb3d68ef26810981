/**
 * Plans of the People's Committee and of the bodies implementing them: their targets for the indices (evaluated
 * against the published results whenever they are read), their tasks assigned to lead and coordinating units, and
 * the reporting periods their schedules generate.
 *
 * Persistence: JdbcClient in the module's repositories, each writing a plan, target, section or task with the
 * tables that belong to it (its indices, units, indicators) in one transaction and checking its version column;
 * its reads are joins and lists shaped for pages, which SQL says plainly; no ORM state to flush.
 */
@ApplicationModule(displayName = "Plans, targets and tasks", allowedDependencies = {"index", "shared", "unit", "user"})
package vn.chiso.plan;

import org.springframework.modulith.ApplicationModule;
