/**
 * Plans of the People's Committee and of the bodies implementing them: their targets for the indices (evaluated
 * against the published results whenever they are read), their tasks assigned to lead and coordinating units, and
 * the reporting periods their schedules generate.
 */
@ApplicationModule(displayName = "Plans, targets and tasks", allowedDependencies = {"index", "shared", "unit", "user"})
package vn.chiso.plan;

import org.springframework.modulith.ApplicationModule;
