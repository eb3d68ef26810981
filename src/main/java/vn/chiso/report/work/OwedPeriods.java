package vn.chiso.report.work;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.plan.PlanStatus;
import vn.chiso.plan.period.ReportingPeriodView;

/**
 * Who owes a report: a unit owes one for every period of a plan, in force or closed, in which it is given a task to
 * report on. Read from the views the plan module publishes, in one query.
 */
@Repository
class OwedPeriods {

    private final JdbcClient jdbc;

    OwedPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The periods the unit owes a report for, earliest deadline first. */
    List<OwedPeriod> of(long unitId) {
        return jdbc.sql("""
                select rp.id, rp.plan_id, rp.label, rp.deadline, rp.covered_year, p.number, p.title, p.status
                from published_period rp join published_plan p on p.id = rp.plan_id
                where p.status <> 'DRAFT' and exists (select 1 from published_task t
                    join published_task_unit tu on tu.task_id = t.id
                    where t.plan_id = rp.plan_id and t.reported and tu.unit_id = :unit)
                order by rp.deadline, p.number
                """).param("unit", unitId).query((row, n) -> new OwedPeriod(new ReportingPeriodView(
                row.getLong("id"), row.getLong("plan_id"), row.getString("label"),
                row.getObject("deadline", LocalDate.class), (Integer) row.getObject("covered_year")),
                row.getString("number"), row.getString("title"), PlanStatus.valueOf(row.getString("status")))).list();
    }
}
