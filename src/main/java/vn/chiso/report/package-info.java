/**
 * Progress reports: what each unit sends for a plan and a reporting period, one entry per task assigned to it with
 * evidence files; the review by coordinators (accept, return, reopen) with every version kept; who reported on time,
 * late or not at all; reminders before and after deadlines; the consolidated report for the People's Committee.
 * Persistence: JdbcClient in the module's repositories (JdbcTemplate only for the batch of a report's entries): its
 * reads are joins and aggregates over its own tables and the published views of plan and unit, which SQL says plainly,
 * and a report is loaded once, under lock, and written once, with no ORM state to flush.
 */
@ApplicationModule(displayName = "Progress reports", allowedDependencies = {
        "document", "mail", "plan", "plan :: period", "plan :: task", "shared", "unit", "user"})
package vn.chiso.report;

import org.springframework.modulith.ApplicationModule;
