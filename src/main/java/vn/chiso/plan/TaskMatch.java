package vn.chiso.plan;

/**
 * A task the search box found, with its plan.
 *
 * @param tasks how many tasks of that section and text the plan holds, one per lead body (a task given to every
 *              district is one task per district)
 */
public record TaskMatch(long planId, String planNumber, String planTitle, String section, String text, int tasks) {
}
