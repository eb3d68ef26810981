package vn.chiso.report.timeliness;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What timeliness reads beyond the reports' headers: the reminders sent, and the units' record over many plans. */
@Repository
class TimelinessRepository {

    /**
     * The last periods of each chosen plan whose deadline has passed, crossed with the units owing reports in that
     * plan (as in {@link #owing}), each with its report if it has one. %s chooses the plans.
     */
    private static final String RANKING_SQL = """
            with recent as (
                select id, plan_id, label, deadline from (
                    select rp.*, row_number() over (partition by rp.plan_id order by rp.deadline desc, rp.id desc) as age
                    from published_period rp join published_plan p on p.id = rp.plan_id
                    where rp.deadline < :today and p.id = any (:plans) %s) past
                where age <= :last),
            owing as (
                select t.plan_id, tu.unit_id from published_task t join published_task_unit tu on tu.task_id = t.id
                where t.reported and t.plan_id in (select plan_id from recent)
                union
                select plan_id, unit_id from progress_report where plan_id in (select plan_id from recent))
            select o.unit_id, rc.id as period_id, rc.plan_id, p.number as plan_number, rc.label, rc.deadline,
                r.first_submitted_at is not null as submitted, r.on_time
            from recent rc join owing o on o.plan_id = rc.plan_id join published_plan p on p.id = rc.plan_id
            left join progress_report r on r.period_id = rc.id and r.unit_id = o.unit_id
            """;

    /** A unit's report, or its absence, in one of the last periods of a plan. */
    record RankingRow(long unitId, long periodId, long planId, String planNumber, String label, LocalDate deadline,
            boolean submitted, Boolean onTime) {
    }

    private final JdbcClient jdbc;

    TimelinessRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When each unit was last reminded of the period. */
    Map<Long, Instant> lastReminders(long periodId) {
        Map<Long, Instant> reminded = new HashMap<>();
        jdbc.sql("select unit_id, max(sent_at) as last from reminder where period_id = :period group by unit_id")
                .param("period", periodId).query(row -> {
                    reminded.put(row.getLong("unit_id"), row.getTimestamp("last").toInstant());
                });
        return reminded;
    }

    /**
     * The last {@code lastPeriods} periods whose deadline is before {@code today} of each plan, due in {@code year}
     * when one is given, crossed with the units owing reports in their plan.
     */
    List<RankingRow> ranking(Collection<Long> planIds, Integer year, int lastPeriods, LocalDate today) {
        var statement = jdbc.sql(RANKING_SQL.formatted(year == null ? "" : "and rp.deadline between :from and :to"))
                .param("today", Date.valueOf(today)).param("plans", planIds.toArray(Long[]::new))
                .param("last", lastPeriods);
        if (year != null) {
            statement = statement.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
                    .param("to", Date.valueOf(LocalDate.of(year, 12, 31)));
        }
        return statement.query(RankingRow.class).list();
    }
}
