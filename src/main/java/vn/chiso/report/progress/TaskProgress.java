package vn.chiso.report.progress;

import java.sql.Date;
import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.report.EntryStatus;
import vn.chiso.report.timeliness.MissedReport;
import vn.chiso.report.timeliness.UnitState;
import vn.chiso.unit.UnitService;
import vn.chiso.unit.UnitView;

/**
 * How far each unit has come with the tasks it reports on: a task's status is its entry in the unit's latest report
 * of the plan that was ever submitted (drafts do not count; no entry reads as not started), and it is overdue when
 * its deadline has passed in Vietnam and it is not done. Three queries, whatever the number of units, tasks and
 * reports. Tasks the units do not report on are left out: nothing could ever say they are done.
 */
@Service
@Transactional(readOnly = true)
public class TaskProgress {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    /** Late units first: most overdue tasks, then most reports late or missing, then by name. */
    private static final Comparator<UnitProgress> LATE_FIRST = Comparator
            .comparingInt((UnitProgress row) -> -row.tasks().overdue())
            .thenComparingInt(row -> -row.missedReports().size())
            .thenComparing(row -> row.unit().name(), VIETNAMESE);

    /**
     * Each assignment (a task given to a unit) with its entry in the unit's latest submitted report of the plan, and
     * whether it is overdue: the one rule of progress, which the queries below share; %s chooses the assignments.
     */
    private static final String PROGRESS_SQL = """
            with assignment as (
                select t.id as task_id, t.plan_id, t.deadline, tu.unit_id from published_task t
                join published_task_unit tu on tu.task_id = t.id join published_plan p on p.id = t.plan_id where t.reported and %s),
            latest as (
                select distinct on (r.plan_id, r.unit_id) r.plan_id, r.unit_id, r.id from progress_report r
                join published_period rp on rp.id = r.period_id
                where r.first_submitted_at is not null
                    and (r.plan_id, r.unit_id) in (select plan_id, unit_id from assignment)
                order by r.plan_id, r.unit_id, rp.deadline desc, rp.id desc),
            progress as (
                select a.*, e.status, e.percent, a.deadline < ? and e.status is distinct from 'DONE' as overdue
                from assignment a
                left join latest l on l.plan_id = a.plan_id and l.unit_id = a.unit_id
                left join report_entry e on e.report_id = l.id and e.task_id = a.task_id)
            """;

    /** Each (plan, unit)'s assignments counted by status. */
    private static final String COUNTS_SQL = PROGRESS_SQL + """
            select g.plan_id, p.number, p.title, g.unit_id, count(*) as assigned,
                count(*) filter (where g.status = 'DONE') as done,
                count(*) filter (where g.status = 'IN_PROGRESS') as in_progress,
                count(*) filter (where g.overdue) as overdue
            from progress g join published_plan p on p.id = g.plan_id
            group by g.plan_id, p.number, p.title, g.unit_id
            """;

    /** The overdue assignments themselves, the oldest deadline first. */
    private static final String OVERDUE_SQL = PROGRESS_SQL + """
            select g.task_id, g.plan_id, p.number, t.section, t.text, g.deadline, g.status, g.percent
            from progress g join published_plan p on p.id = g.plan_id join published_task t on t.id = g.task_id
            where g.overdue
            order by g.deadline, p.number, t.position, t.id
            """;

    /** The past periods in which those units reported late or not at all, oldest first. */
    private static final String MISSED_SQL = """
            with owing as (
                select distinct t.plan_id, tu.unit_id from published_task t
                join published_task_unit tu on tu.task_id = t.id join published_plan p on p.id = t.plan_id where t.reported and %s)
            select o.plan_id, p.number, o.unit_id, rp.id as period_id, rp.label, rp.deadline,
                r.first_submitted_at is not null as submitted
            from owing o join published_plan p on p.id = o.plan_id
            join published_period rp on rp.plan_id = o.plan_id and rp.deadline < ?
            left join progress_report r on r.period_id = rp.id and r.unit_id = o.unit_id
            where r.first_submitted_at is null or not r.on_time
            order by rp.deadline, rp.id
            """;

    private final JdbcTemplate jdbc;
    private final UnitService units;
    private final Clock clock;

    TaskProgress(JdbcTemplate jdbc, UnitService units, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.clock = clock;
    }

    /** Every unit assigned tasks in the plan, late units first, with the plan's totals. */
    public PlanProgress ofPlan(long planId) {
        List<UnitProgress> rows = read("t.plan_id = ?", planId);
        rows.sort(LATE_FIRST);
        return new PlanProgress(rows, rows.stream().map(UnitProgress::tasks).reduce(TaskCounts.NONE, TaskCounts::plus));
    }

    /** One unit's progress in each plan in force that gives it tasks to report on, by plan number. */
    public List<UnitProgress> ofUnit(long unitId) {
        List<UnitProgress> rows = read("tu.unit_id = ? and p.status = 'IN_FORCE'", unitId);
        rows.sort(Comparator.comparing(UnitProgress::planNumber, VIETNAMESE));
        return rows;
    }

    /**
     * One unit's overdue tasks in the plans in force, the oldest deadline first: those {@link #ofUnit} counts as
     * overdue. One query.
     */
    public List<OverdueTask> overdueOf(long unitId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.query(OVERDUE_SQL.formatted("tu.unit_id = ? and p.status = 'IN_FORCE'"), (row, n) -> {
            LocalDate deadline = row.getObject("deadline", LocalDate.class);
            String status = row.getString("status");
            return new OverdueTask(row.getLong("task_id"), row.getLong("plan_id"), row.getString("number"),
                    row.getString("section"), row.getString("text"), deadline, ChronoUnit.DAYS.between(deadline, today),
                    status == null ? null : EntryStatus.valueOf(status), (Integer) row.getObject("percent"));
        }, unitId, Date.valueOf(today));
    }

    /** The plans that have tasks their units report on. */
    public Set<Long> plansWithTasks() {
        return new HashSet<>(jdbc.queryForList("select distinct plan_id from published_task where reported", Long.class));
    }

    private List<UnitProgress> read(String assignments, long id) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, UnitView> unitsById = units.tree().stream()
                .collect(Collectors.toMap(UnitView::id, Function.identity()));
        Map<String, List<MissedReport>> missed = new HashMap<>();
        jdbc.query(MISSED_SQL.formatted(assignments), row -> {
            UnitView unit = unitsById.get(row.getLong("unit_id"));
            LocalDate deadline = row.getObject("deadline", LocalDate.class);
            missed.computeIfAbsent(row.getLong("plan_id") + "/" + row.getLong("unit_id"), key -> new ArrayList<>())
                    .add(new MissedReport(unit, row.getLong("plan_id"), row.getString("number"),
                            row.getLong("period_id"), row.getString("label"), deadline,
                            row.getBoolean("submitted") ? UnitState.LATE : UnitState.MISSING,
                            ChronoUnit.DAYS.between(deadline, today)));
        }, id, Date.valueOf(today));
        List<UnitProgress> rows = new ArrayList<>();
        jdbc.query(COUNTS_SQL.formatted(assignments), row -> {
            UnitView unit = unitsById.get(row.getLong("unit_id"));
            String key = row.getLong("plan_id") + "/" + row.getLong("unit_id");
            rows.add(new UnitProgress(row.getLong("plan_id"), row.getString("number"), row.getString("title"), unit,
                    new TaskCounts(row.getInt("assigned"), row.getInt("done"), row.getInt("in_progress"),
                            row.getInt("overdue")), missed.getOrDefault(key, List.of())));
        }, id, Date.valueOf(today));
        return rows;
    }
}
