/**
 * What waits for Sở Nội vụ's coordinators and how they hear of it: the work queue of reports to review and of
 * assessments to appraise or close, across plans and years; the count beside its menu entry; and, when a unit sends
 * a report, an assessment or its answer to an appraisal, a notice to every active coordinator and a mail to them.
 * It listens to the events the report and assessment modules publish and owns the {@code notice} table.
 */
@ApplicationModule(displayName = "Work queue and notices", allowedDependencies = {
        "assessment", "mail", "report", "shared", "user"})
package vn.chiso.notification;

import org.springframework.modulith.ApplicationModule;
