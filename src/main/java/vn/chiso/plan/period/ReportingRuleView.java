package vn.chiso.plan.period;

import java.time.LocalDate;

/** A plan's reporting rule. */
public record ReportingRuleView(long id, long planId, RuleKind kind, String label, LocalDate onDate, Integer day,
        Integer month, int yearOffset) {
}
