package vn.chiso.plan.section;

/**
 * A numbered heading or paragraph of a plan that is not a task, as it is written: "II.1 Quán triệt, chỉ đạo…",
 * "III.2 Giao Sở…".
 */
record PlanSection(String number, String heading, String body) {
}
