/**
 * The units' own PAR assessment: criteria sets per year and kind of unit; each unit scoring itself with evidence
 * within the window Sở Nội vụ opens; the appraisal, the survey points; the ratings, the ranking and its analysis.
 */
@ApplicationModule(displayName = "Unit PAR assessment", allowedDependencies = {"document", "shared", "unit", "user"})
package vn.chiso.assessment;

import org.springframework.modulith.ApplicationModule;
