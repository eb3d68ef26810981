package vn.chiso.plan.period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.plan.period.PeriodRepository.StoredPeriod;
import vn.chiso.plan.period.PeriodRepository.Years;
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

    private final RuleRepository rules;
    private final PeriodRepository periods;

    ReportingPeriods(RuleRepository rules, PeriodRepository periods) {
        this.rules = rules;
        this.periods = periods;
    }

    public List<ReportingRuleView> rules(long planId) {
        return rules.ofPlan(planId);
    }

    /** Every period of a plan, earliest deadline first. */
    public List<ReportingPeriodView> periods(long planId) {
        return periods.ofPlan(planId);
    }

    /** The next periods of a plan whose deadline is today or later. */
    public List<ReportingPeriodView> upcoming(long planId, LocalDate today, int count) {
        return periods.from(planId, today, count);
    }

    /** The latest period whose deadline has passed, if any. */
    public Optional<ReportingPeriodView> latestPast(long planId, LocalDate today) {
        return periods.latestBefore(planId, today);
    }

    /** The units that owe a report in each period of the plan: those assigned to its reported tasks. */
    public List<Long> owingUnitIds(long planId) {
        return periods.owingUnitIds(planId);
    }

    @Transactional
    public long addRule(long planId, RuleForm form) {
        Years years = years(planId);
        long id;
        if (form.kind() == RuleKind.ONE_OFF) {
            if (form.onDate() == null) {
                throw new RuleViolationException("onDate", "period.date.required");
            }
            if (form.onDate().getYear() < years.firstYear() || form.onDate().getYear() > years.lastYear() + 1) {
                throw new RuleViolationException("onDate", "period.date.outsidePlan", years.firstYear(),
                        years.lastYear() + 1);
            }
            id = rules.addOneOff(planId, form.label().strip(), form.onDate());
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
            id = rules.addYearly(planId, form.label().strip(), form.day(), form.month(),
                    form.dueTheFollowingYear() ? 1 : 0);
        }
        regenerate(planId);
        return id;
    }

    /** Removes a rule and its periods, unless a unit has already reported for one of them. */
    @Transactional
    public void removeRule(long planId, long ruleId) {
        try {
            if (!rules.remove(planId, ruleId)) {
                throw new NotFoundException("Reporting rule", ruleId);
            }
        } catch (DataIntegrityViolationException reported) {
            throw new RuleViolationException(null, "period.rule.hasReports");
        }
    }

    public ReportingPeriodView get(long periodId) {
        return periods.find(periodId).orElseThrow(() -> new NotFoundException("Reporting period", periodId));
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
        Years years = years(planId);
        record Wanted(long ruleId, Integer coveredYear, String label, LocalDate deadline) {
        }
        List<Wanted> wanted = new ArrayList<>();
        for (ReportingRuleView rule : rules(planId)) {
            if (rule.kind() == RuleKind.ONE_OFF) {
                wanted.add(new Wanted(rule.id(), null, rule.label(), rule.onDate()));
            } else {
                for (int year = years.firstYear(); year <= years.lastYear(); year++) {
                    wanted.add(new Wanted(rule.id(), year, rule.label() + " " + year,
                            LocalDate.of(year + rule.yearOffset(), rule.month(), rule.day())));
                }
            }
        }
        Set<String> keep = new HashSet<>();
        wanted.forEach(period -> keep.add(period.ruleId() + "/" + period.deadline()));
        for (StoredPeriod period : periods.stored(planId)) {
            if (!keep.contains(period.ruleId() + "/" + period.deadline())) {
                periods.delete(period.id());
            }
        }
        for (Wanted period : wanted) {
            periods.save(planId, period.ruleId(), period.coveredYear(), period.label(), period.deadline());
        }
    }

    private Years years(long planId) {
        return periods.yearsOf(planId).orElseThrow(() -> new NotFoundException("Plan", planId));
    }
}
