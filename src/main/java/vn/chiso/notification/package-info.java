/**
 * What waits for Sở Nội vụ's coordinators and how people hear of it: the work queue of reports to review and of
 * assessments to appraise or close, across plans and years; the count beside its menu entry; when a unit sends a
 * report, an assessment or its answer to an appraisal, a notice to every active coordinator and a mail to them; when
 * Sở Nội vụ returns an appraisal, a notice and a mail to the unit's active officers; when an index's results are
 * published, a notice to the leaders and coordinators. It listens to the events the report, assessment and index
 * modules publish and owns the {@code notice} table.
 * Persistence: JdbcClient in the module's repositories: a notice is one row written in the sender's transaction and
 * read by its recipient, and the queue's count is one SQL sum over what the report and assessment modules lend.
 */
@ApplicationModule(displayName = "Work queue and notices", allowedDependencies = {
        "assessment", "index", "mail", "report", "shared", "user"})
package vn.chiso.notification;

import org.springframework.modulith.ApplicationModule;
