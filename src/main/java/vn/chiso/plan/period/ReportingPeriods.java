package vn.chiso.plan.period;

import java.sql.Date;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;

/**
 * A plan's reporting rules and the periods they generate. Periods are stored (reports will refer to them) and
 * regenerated whenever the rules or the plan's years change. The units that owe a report for a period are the units
 * assigned to the plan's reported tasks.
 */
@Service
@Transactional(readOnly = true)
public class ReportingPeriods {

    private static final RowMapper<ReportingPeriodView> PERIOD = (row, n) -> new ReportingPeriodView(row.getLong("id"),
            row.getLong("plan_id"), row.getString("label"), row.getObject("deadline", LocalDate.class),
            (Integer) row.getObject("covered_year"));

    private static final RowMapper<ReportingRuleView> RULE = (row, n) -> new ReportingRuleView(row.getLong("id"),
            row.getLong("plan_id"), RuleKind.valueOf(row.getString("kind")), row.getString("label"),
            row.getObject("on_date", LocalDate.class), (Integer) row.getObject("day"), (Integer) row.getObject("month"),
            row.getInt("year_offset"));

    private final JdbcTemplate jdbc;

    ReportingPeriods(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReportingRuleView> rules(long planId) {
        return jdbc.query("select * from reporting_rule where plan_id = ? order by kind, on_date, month, day, id", RULE,
                planId);
    }

    /** Every period of a plan, earliest deadline first. */
    public List<ReportingPeriodView> periods(long planId) {
        return jdbc.query("select * from reporting_period where plan_id = ? order by deadline, label", PERIOD, planId);
    }

    /** The next periods of a plan whose deadline is today or later. */
    public List<ReportingPeriodView> upcoming(long planId, LocalDate today, int count) {
        return jdbc.query("select * from reporting_period where plan_id = ? and deadline >= ? order by deadline limit ?",
                PERIOD, planId, Date.valueOf(today), count);
    }

    /** The latest period whose deadline has passed, if any. */
    public Optional<ReportingPeriodView> latestPast(long planId, LocalDate today) {
        return jdbc.query("select * from reporting_period where plan_id = ? and deadline < ? order by deadline desc"
                + " limit 1", PERIOD, planId, Date.valueOf(today)).stream().findFirst();
    }

    /** The units that owe a report in each period of the plan: those assigned to its reported tasks. */
    public List<Long> owingUnitIds(long planId) {
        return jdbc.queryForList("""
                select distinct tu.unit_id from task_unit tu join task t on t.id = tu.task_id
                where t.plan_id = ? and t.reported order by tu.unit_id
                """, Long.class, planId);
    }

    @Transactional
    public long addRule(long planId, RuleForm form) {
        int[] years = years(planId);
        Long id;
        if (form.kind() == RuleKind.ONE_OFF) {
            if (form.onDate() == null) {
                throw new RuleViolationException("onDate", "period.date.required");
            }
            if (form.onDate().getYear() < years[0] || form.onDate().getYear() > years[1] + 1) {
                throw new RuleViolationException("onDate", "period.date.outsidePlan", years[0], years[1] + 1);
            }
            id = jdbc.queryForObject("insert into reporting_rule (plan_id, kind, label, on_date) values (?, ?, ?, ?)"
                    + " returning id", Long.class, planId, form.kind().name(), form.label().strip(),
                    Date.valueOf(form.onDate()));
        } else {
            if (form.day() == null || form.month() == null) {
                throw new RuleViolationException("day", "period.dayMonth.required");
            }
            try {
                // every year, so 29 February is refused too
                LocalDate.of(2023, form.month(), form.day());
            } catch (DateTimeException e) {
                throw new RuleViolationException("day", "period.dayMonth.invalid");
            }
            id = jdbc.queryForObject("insert into reporting_rule (plan_id, kind, label, day, month, year_offset)"
                    + " values (?, ?, ?, ?, ?, ?) returning id", Long.class, planId, form.kind().name(),
                    form.label().strip(), form.day(), form.month(), form.dueTheFollowingYear() ? 1 : 0);
        }
        regenerate(planId);
        return id;
    }

    /** Removes a rule and its periods, unless a unit has already reported for one of them. */
    @Transactional
    public void removeRule(long planId, long ruleId) {
        try {
            if (jdbc.update("delete from reporting_rule where id = ? and plan_id = ?", ruleId, planId) == 0) {
                throw new NotFoundException("Reporting rule", ruleId);
            }
        } catch (DataIntegrityViolationException reported) {
            throw new RuleViolationException(null, "period.rule.hasReports");
        }
    }

    public ReportingPeriodView get(long periodId) {
        return jdbc.query("select * from reporting_period where id = ?", PERIOD, periodId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("Reporting period", periodId));
    }

    /**
     * Brings the stored periods in line with the rules and the plan's years. A period that units have reported for
     * is never dropped: the change is refused.
     */
    @Transactional
    public void regenerate(long planId) {
        try {
            generate(planId);
        } catch (DataIntegrityViolationException reported) {
            throw new RuleViolationException(null, "period.hasReports");
        }
    }

    private void generate(long planId) {
        int[] years = years(planId);
        List<Object[]> wanted = new ArrayList<>();
        for (ReportingRuleView rule : rules(planId)) {
            if (rule.kind() == RuleKind.ONE_OFF) {
                wanted.add(new Object[] {rule.id(), null, rule.label(), rule.onDate()});
            } else {
                for (int year = years[0]; year <= years[1]; year++) {
                    wanted.add(new Object[] {rule.id(), year, rule.label() + " " + year,
                            LocalDate.of(year + rule.yearOffset(), rule.month(), rule.day())});
                }
            }
        }
        Set<String> keep = new HashSet<>();
        wanted.forEach(period -> keep.add(period[0] + "/" + period[3]));
        List<Map<String, Object>> stored = jdbc.queryForList(
                "select id, rule_id, deadline from reporting_period where plan_id = ?", planId);
        for (Map<String, Object> period : stored) {
            if (!keep.contains(period.get("rule_id") + "/" + period.get("deadline"))) {
                jdbc.update("delete from reporting_period where id = ?", period.get("id"));
            }
        }
        for (Object[] period : wanted) {
            jdbc.update("""
                    insert into reporting_period (plan_id, rule_id, covered_year, label, deadline) values (?, ?, ?, ?, ?)
                    on conflict (rule_id, deadline) do update set label = excluded.label,
                        covered_year = excluded.covered_year
                    """, planId, period[0], period[1], period[2], Date.valueOf((LocalDate) period[3]));
        }
    }

    private int[] years(long planId) {
        return jdbc.query("select first_year, last_year from plan where id = ?",
                (row, n) -> new int[] {row.getInt("first_year"), row.getInt("last_year")}, planId)
                .stream().findFirst().orElseThrow(() -> new NotFoundException("Plan", planId));
    }
}
