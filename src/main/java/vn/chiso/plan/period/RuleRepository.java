package vn.chiso.plan.period;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The plans' reporting rules. */
@Repository
class RuleRepository {

    private final JdbcClient jdbc;

    RuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportingRuleView> ofPlan(long planId) {
        return jdbc.sql("select * from reporting_rule where plan_id = :planId order by kind, on_date, month, day, id")
                .param("planId", planId).query(ReportingRuleView.class).list();
    }

    long addOneOff(long planId, String label, LocalDate onDate) {
        return jdbc.sql("insert into reporting_rule (plan_id, kind, label, on_date)"
                        + " values (:planId, :kind, :label, :onDate) returning id")
                .param("planId", planId).param("kind", RuleKind.ONE_OFF.name()).param("label", label)
                .param("onDate", onDate).query(Long.class).single();
    }

    long addYearly(long planId, String label, int day, int month, int yearOffset) {
        return jdbc.sql("insert into reporting_rule (plan_id, kind, label, day, month, year_offset)"
                        + " values (:planId, :kind, :label, :day, :month, :yearOffset) returning id")
                .param("planId", planId).param("kind", RuleKind.YEARLY.name()).param("label", label).param("day", day)
                .param("month", month).param("yearOffset", yearOffset).query(Long.class).single();
    }

    /** Removes a rule with its periods (the schema cascades); false when the plan has no such rule. */
    boolean remove(long planId, long ruleId) {
        return jdbc.sql("delete from reporting_rule where id = :id and plan_id = :planId").param("id", ruleId)
                .param("planId", planId).update() > 0;
    }
}
