package vn.chiso.plan.period;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reporting periods the rules generate, and what generating them reads of the plan and its tasks. */
@Repository
class PeriodRepository {

    /** A period as stored, keyed by its rule and deadline. */
    record StoredPeriod(long id, long ruleId, LocalDate deadline) {
    }

    /** The years of a plan. */
    record Years(int firstYear, int lastYear) {
    }

    private final JdbcClient jdbc;

    PeriodRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportingPeriodView> ofPlan(long planId) {
        return jdbc.sql("select * from reporting_period where plan_id = :planId order by deadline, label")
                .param("planId", planId).query(ReportingPeriodView.class).list();
    }

    List<ReportingPeriodView> from(long planId, LocalDate day, int count) {
        return jdbc.sql("select * from reporting_period where plan_id = :planId and deadline >= :day"
                        + " order by deadline limit :count")
                .param("planId", planId).param("day", day).param("count", count)
                .query(ReportingPeriodView.class).list();
    }

    Optional<ReportingPeriodView> latestBefore(long planId, LocalDate day) {
        return jdbc.sql("select * from reporting_period where plan_id = :planId and deadline < :day"
                        + " order by deadline desc limit 1")
                .param("planId", planId).param("day", day).query(ReportingPeriodView.class).optional();
    }

    Optional<ReportingPeriodView> find(long id) {
        return jdbc.sql("select * from reporting_period where id = :id").param("id", id)
                .query(ReportingPeriodView.class).optional();
    }

    /** The units assigned to the plan's reported tasks. */
    List<Long> owingUnitIds(long planId) {
        return jdbc.sql("""
                select distinct tu.unit_id from task_unit tu join task t on t.id = tu.task_id
                where t.plan_id = :planId and t.reported order by tu.unit_id
                """).param("planId", planId).query(Long.class).list();
    }

    Optional<Years> yearsOf(long planId) {
        return jdbc.sql("select first_year, last_year from plan where id = :planId").param("planId", planId)
                .query(Years.class).optional();
    }

    List<StoredPeriod> stored(long planId) {
        return jdbc.sql("select id, rule_id, deadline from reporting_period where plan_id = :planId")
                .param("planId", planId).query(StoredPeriod.class).list();
    }

    void delete(long id) {
        jdbc.sql("delete from reporting_period where id = :id").param("id", id).update();
    }

    /** Adds a period, or renames the one its rule already has on that deadline. */
    void save(long planId, long ruleId, Integer coveredYear, String label, LocalDate deadline) {
        jdbc.sql("""
                insert into reporting_period (plan_id, rule_id, covered_year, label, deadline)
                values (:planId, :ruleId, :coveredYear, :label, :deadline)
                on conflict (rule_id, deadline) do update set label = excluded.label,
                    covered_year = excluded.covered_year
                """).param("planId", planId).param("ruleId", ruleId).param("coveredYear", coveredYear)
                .param("label", label).param("deadline", deadline).update();
    }
}
