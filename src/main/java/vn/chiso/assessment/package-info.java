/**
 * The units' own PAR assessment: criteria sets per year and kind of unit; each unit scoring itself with evidence
 * within the window Sở Nội vụ opens; the appraisal, the survey points; the ratings, the ranking and its analysis.
 * Persistence: JdbcClient in the module's repositories: an assessment is a header row and one line per criterion,
 * loaded once under a row lock and written back in one statement and one batch, and the rankings and analyses are
 * aggregates over those lines, which SQL says plainly; no ORM state to flush.
 */
@ApplicationModule(displayName = "Unit PAR assessment", allowedDependencies = {"document", "shared", "unit", "user"})
package vn.chiso.assessment;

import org.springframework.modulith.ApplicationModule;
