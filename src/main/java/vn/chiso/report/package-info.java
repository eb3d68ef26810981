/**
 * Progress reports: what each unit sends for a plan and a reporting period, one entry per task assigned to it with
 * evidence files; the review by coordinators (accept, return, reopen) with every version kept; who reported on time,
 * late or not at all; reminders before and after deadlines; the consolidated report for the People's Committee.
 */
@ApplicationModule(displayName = "Progress reports", allowedDependencies = {
        "document", "mail", "plan", "plan :: period", "plan :: task", "shared", "unit", "user"})
package vn.chiso.report;

import org.springframework.modulith.ApplicationModule;
