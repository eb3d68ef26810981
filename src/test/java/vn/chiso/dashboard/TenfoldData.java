package vn.chiso.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes the data {@link #FACTOR} times its size, for tests that prove a page sends as many SQL statements on large
 * data as on the demo data: provinces (with results in every current result set), earlier years of every index,
 * units and officers, plans with targets, tasks and reporting periods, and progress reports. Set-based SQL only, so
 * it takes seconds; always inside the caller's transaction, which the test rolls back.
 * <p>
 * Every multiplier comes from the data as it is (the demo data plus whatever earlier tests committed). New rows are
 * told apart from existing ones by their id: identities only grow, so "id above the largest id before" is new.
 */
@TestComponent
public class TenfoldData {

    public static final int FACTOR = 10;

    /** Rows to add so that a table holding {@code count} rows ends with {@code FACTOR} times as many. */
    private static final String MORE = "(" + (FACTOR - 1) + " * (%s))";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String zone;

    TenfoldData(JdbcTemplate jdbc, Clock clock, @Value("${chiso.time-zone}") String zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void grow() {
        bulkLoading(() -> {
            provinces();
            earlierYears();
        });
        units();
        long periodMark = maxId("reporting_period");
        plans();
        reports(periodMark);
    }

    // ---- 1. provinces, and their results in every current result set

    /**
     * Regions and ends of validity cycle through the existing rows. Nine in ten start on 1 January of the earliest
     * year with results, so every year with results has ten times the provinces; one in ten starts in 1990 (the
     * earliest year a result set may have), so that the earlier years added below have tables too without multiplying
     * the results a hundredfold.
     */
    private void provinces() {
        long mark = maxId("province");
        jdbc.update("""
                insert into province (code, name, region, valid_from, valid_to)
                select 'tenfold-' || (? + n), 'Tỉnh thử ' || (? + n), t.region, v.valid_from,
                       case when t.valid_to > v.valid_from then t.valid_to end
                from generate_series(1, %s) n
                join (select region, valid_to, row_number() over (order by id) - 1 as i, count(*) over () as c
                      from province) t on t.i = (n - 1) %% t.c
                cross join (select coalesce(min(year), 1990) as year from result_set where current) first
                cross join lateral (select case when n %% 10 = 0 then date '1990-01-01' else make_date(first.year, 1, 1)
                                           end as valid_from) v
                """.formatted(MORE.formatted("select count(*) from province")), mark, mark);
        resultsOfNewProvinces(mark);
    }

    /**
     * Each current set gets values for the new provinces valid in its year, of the kinds (score, rank, group) its rows
     * have; ranks after the set's last.
     */
    private void resultsOfNewProvinces(long provinceMark) {
        jdbc.update("""
                insert into indicator_result (result_set_id, indicator_id, province_id, score, rank, rank_published,
                    group_position, group_published)
                select s.id, i.id, p.id,
                       case when f.scored then %s end,
                       case when f.ranked then f.last_rank + (p.id - ?) end, f.rank_published,
                       case when f.grouped then 1 + p.id %% g.groups end, f.group_published
                from result_set s
                join (select result_set_id, indicator_id, bool_or(score is not null) as scored,
                             bool_or(rank is not null) as ranked, coalesce(max(rank), 0) as last_rank,
                             bool_or(rank_published) as rank_published, bool_or(group_position is not null) as grouped,
                             bool_or(group_published) as group_published
                      from indicator_result group by result_set_id, indicator_id) f on f.result_set_id = s.id
                join indicator i on i.id = f.indicator_id
                left join (select index_id, count(*) as groups from performance_group group by index_id) g
                    on g.index_id = s.index_id
                join province p on p.id > ? and %s
                where s.current
                """.formatted(score("p", "i", "s.year"), validIn("p", "s.year")), provinceMark, provinceMark);
    }

    // ---- 2. earlier years

    /**
     * For each index, nine times as many years as it has, before its earliest (never after its latest: the default
     * year of the pages is the latest), each a complete table of the provinces valid in that year.
     */
    private void earlierYears() {
        long mark = maxId("result_set");
        jdbc.update("""
                with span as (
                    select index_id, min(year) as first, max(year) as last, count(distinct year) as years
                    from result_set where current group by index_id
                ), free as (
                    select span.index_id, span.years, y.year,
                           row_number() over (partition by span.index_id
                                              order by y.year < span.first desc, y.year desc) as k
                    from span cross join generate_series(greatest(1990, span.first - %d * span.years::integer), span.last) y (year)
                    where not exists (select 1 from result_set r where r.index_id = span.index_id and r.year = y.year)
                )
                insert into result_set (index_id, year, version, current, complete, ranked_count, source_note, origin,
                    created_by, created_at)
                select index_id, year, 1, true, true,
                       (select count(*) from province p where %s),
                       'Dữ liệu thử: mười lần dữ liệu mẫu', 'IMPORT', 'tenfold', ?
                from free where k <= %d * years
                """.formatted(FACTOR - 1, validIn("p", "free.year"), FACTOR - 1), now());
        resultsOfNewYears(mark);
    }

    /** Every indicator × every valid province, ranked and grouped by score as an import computes them. */
    private void resultsOfNewYears(long resultSetMark) {
        jdbc.update("""
                insert into indicator_result (result_set_id, indicator_id, province_id, score, rank, group_position)
                select set_id, indicator_id, province_id, score, row_number() over ranking,
                       case when groups is not null then ntile(coalesce(groups, 1)) over ranking end
                from (select s.id as set_id, i.id as indicator_id, p.id as province_id, %s as score, g.groups
                      from result_set s
                      join indicator i on i.index_id = s.index_id and not i.retired
                      join province p on %s
                      left join (select index_id, count(*)::int as groups from performance_group group by index_id) g
                          on g.index_id = s.index_id
                      where s.id > ?) v
                window ranking as (partition by set_id, indicator_id order by score desc, province_id)
                """.formatted(score("p", "i", "s.year"), validIn("p", "s.year")), resultSetMark);
    }

    // ---- 3. units and officers

    /** Half departments, half communes under the existing districts; an officer for every tenth new unit. */
    private void units() {
        long mark = maxId("unit");
        jdbc.update("""
                insert into unit (code, name, short_name, kind, parent_id)
                select 'TF-' || (? + n),
                       case when d.id is null then 'Sở thử ' else 'Ủy ban nhân dân xã thử ' end || (? + n),
                       case when d.id is null then 'Sở thử ' else 'UBND xã thử ' end || (? + n),
                       case when d.id is null then 'DEPARTMENT' else 'COMMUNE' end, d.id
                from generate_series(1, %s) n
                left join (select id, row_number() over (order by id) - 1 as i, count(*) over () as c
                           from unit where kind = 'DISTRICT' and active) d on n %% 2 = 0 and d.i = (n / 2) %% d.c
                """.formatted(MORE.formatted("select count(*) from unit")), mark, mark, mark);
        // any stored bcrypt hash will do: nobody signs in as these officers
        jdbc.update("""
                insert into user_account (username, full_name, email, password_hash, role, unit_id, search_key)
                select 'tenfold-' || u.id, 'Cán bộ thử ' || u.id, 'tenfold-' || u.id || '@chiso.test',
                       (select password_hash from user_account order by id limit 1), 'OFFICER', u.id,
                       'tenfold-' || u.id || ' can bo thu ' || u.id || ' tenfold-' || u.id || '@chiso.test'
                from unit u where u.id > ? and u.id % 10 = 0
                """, mark);
    }

    // ---- 4. plans: targets, tasks and their units and indicators, reporting rules and periods

    private void plans() {
        long planMark = maxId("plan");
        long taskMark = maxId("task");
        long ruleMark = maxId("reporting_rule");
        jdbc.update("""
                insert into plan (number, issue_date, issuer, title, first_year, last_year, status)
                select 'TF-' || (? + n) || '/KH-UBND', date '2020-01-15', 'Ủy ban nhân dân tỉnh',
                       'Kế hoạch thử ' || (? + n), 2020, 2030, 'IN_FORCE'
                from generate_series(1, %s) n
                """.formatted(MORE.formatted("select count(*) from plan where status <> 'DRAFT'")), planMark, planMark);
        jdbc.update("insert into plan_index (plan_id, index_code) select p.id, g.code from plan p"
                + " cross join governance_index g where p.id > ?", planMark);
        targets(planMark);
        tasks(planMark);
        assignments(taskMark);
        taskIndicators(taskMark);
        reportingRules(planMark);
        reportingPeriods(ruleMark);
    }

    /** Every new plan promises what all the existing plans promise, moved inside its own years. */
    private void targets(long planMark) {
        jdbc.update("""
                insert into plan_target (plan_id, indicator_id, kind, value, child_count, first_year, last_year,
                    wording, position)
                select p.id, t.indicator_id, t.kind, t.value, t.child_count, y.first_year,
                       greatest(least(t.last_year, p.last_year), y.first_year), t.wording, t.position
                from plan p
                cross join plan_target t
                cross join lateral (select least(greatest(t.first_year, p.first_year), p.last_year) as first_year) y
                where p.id > ? and t.plan_id <= ?
                """, planMark, planMark);
    }

    /**
     * A block of consecutive tasks per new plan, so that each plan has every section, kind of deadline and kind of
     * assignment; deadlines none, past or future, relative to the application's clock.
     */
    private void tasks(long planMark) {
        jdbc.update("""
                with total as (select %s as tasks),
                     p as (select id, row_number() over (order by id) - 1 as i, count(*) over () as c
                           from plan where id > ?)
                insert into task (plan_id, section, text, expected_output, deadline, reported, position)
                select p.id, (array['I', 'II', 'III'])[1 + n %% 3] || '.' || (1 + n %% 4) || '.' || (1 + n %% 5),
                       'Nhiệm vụ thử ' || n, case when n %% 4 = 0 then 'Báo cáo kết quả' end,
                       case n %% 3 when 1 then ?::date - (30 + n %% 700)::int
                                   when 2 then ?::date + (30 + n %% 700)::int end,
                       n %% 10 <> 0, n
                from total cross join generate_series(1, total.tasks) n
                join p on p.i = (n - 1) * p.c / total.tasks
                """.formatted(MORE.formatted("select count(*) from task")), planMark, today(), today());
    }

    /** A lead for every task and a coordinating unit for every third, cycling through all active units. */
    private void assignments(long taskMark) {
        jdbc.update("""
                with t as (select id, row_number() over (order by id) - 1 as k from task where id > ?),
                     u as (select id, row_number() over (order by id) - 1 as i, count(*) over () as c
                           from unit where active)
                insert into task_unit (task_id, unit_id, role)
                select t.id, u.id, 'LEAD' from t join u on u.i = t.k % u.c
                union all
                select t.id, u.id, 'COORDINATING' from t join u on u.c > 1 and u.i = (t.k + u.c / 2) % u.c
                where t.k % 3 = 0
                """, taskMark);
    }

    /** Two tasks in three move an indicator, one in three a second one. */
    private void taskIndicators(long taskMark) {
        jdbc.update("""
                with t as (select id, row_number() over (order by id) - 1 as k from task where id > ?),
                     i as (select id, row_number() over (order by id) - 1 as i, count(*) over () as c
                           from indicator where not retired)
                insert into task_indicator (task_id, indicator_id)
                select t.id, i.id from t join i on i.i = t.k % i.c where t.k % 3 <> 0
                union all
                select t.id, i.id from t join i on i.c > 1 and i.i = (t.k + i.c / 2) % i.c where t.k % 3 = 1
                """, taskMark);
    }

    /** A yearly report on 15 December, and a one-off report that is past for half the plans, future for the rest. */
    private void reportingRules(long planMark) {
        jdbc.update("insert into reporting_rule (plan_id, kind, label, day, month, year_offset)"
                + " select id, 'YEARLY', 'Báo cáo năm', 15, 12, 0 from plan where id > ?", planMark);
        jdbc.update("""
                insert into reporting_rule (plan_id, kind, label, on_date)
                select id, 'ONE_OFF', 'Báo cáo sơ kết',
                       case when id % 2 = 0 then ?::date - 100 else ?::date + 100 end
                from plan where id > ?
                """, today(), today(), planMark);
    }

    /** The periods the rules generate, as {@code ReportingPeriods} stores them. */
    private void reportingPeriods(long ruleMark) {
        jdbc.update("""
                insert into reporting_period (plan_id, rule_id, covered_year, label, deadline)
                select r.plan_id, r.id, y, r.label || ' ' || y, make_date(y + r.year_offset, r.month, r.day)
                from reporting_rule r join plan p on p.id = r.plan_id
                cross join generate_series(p.first_year, p.last_year) y
                where r.id > ? and r.kind = 'YEARLY'
                union all
                select r.plan_id, r.id, null, r.label, r.on_date from reporting_rule r
                where r.id > ? and r.kind = 'ONE_OFF'
                """, ruleMark, ruleMark);
    }

    // ---- 5. progress reports

    /**
     * For the new periods: of the units owing a report for a period past by more than ten days, one in six has
     * none (missing) and the others have one in each state, on time or late; for the other periods one unit in three
     * has a draft. A repeatable hash of the period and the unit ({@code h}, 0 to 11) decides.
     */
    private void reports(long periodMark) {
        long reportMark = maxId("progress_report");
        jdbc.update("""
                with pair as (
                    select rp.plan_id, rp.id as period_id, o.unit_id, rp.deadline,
                           abs(hashtext(rp.id || '/' || o.unit_id)::bigint) % 12 as h,
                           rp.deadline < ?::date - 10 as past
                    from reporting_period rp
                    join (select distinct t.plan_id, tu.unit_id from task t join task_unit tu on tu.task_id = t.id
                          where t.reported) o on o.plan_id = rp.plan_id
                    where rp.id > ?
                ), state as (
                    select pair.*,
                           case when not past or h = 2 then 'DRAFT' when h = 3 then 'RETURNED'
                                when h in (4, 5) then 'SUBMITTED' else 'ACCEPTED' end as status,
                           h in (4, 6) as late
                    from pair where (past and h >= 2) or (not past and h % 3 = 0)
                ), sent as (
                    select state.*, case when status <> 'DRAFT'
                               then ((deadline + case when late then 6 else -2 end) + time '15:00') at time zone ?
                           end as sent_at
                    from state
                )
                insert into progress_report (plan_id, period_id, unit_id, status, document_number, document_date,
                    addressee, first_submitted_at, on_time, submitted_at, review_comment, reviewed_by, reviewed_at,
                    updated_by, updated_at)
                select plan_id, period_id, unit_id, status,
                       case when sent_at is not null then period_id || '/' || unit_id || '/BC-TF' end,
                       (sent_at at time zone ?)::date, 'Sở Nội vụ', sent_at,
                       case when sent_at is not null then not late end, sent_at,
                       case when status = 'RETURNED' then 'Đề nghị bổ sung tài liệu kiểm chứng.' end,
                       case when status in ('RETURNED', 'ACCEPTED') then 'Cán bộ điều phối thử' end,
                       case when status in ('RETURNED', 'ACCEPTED') then sent_at + interval '2 days' end,
                       'Cán bộ thử', coalesce(sent_at, ?)
                from sent
                """, today(), periodMark, zone, zone, now());
        entries(reportMark);
    }

    /** An entry for every reported task of the unit in the plan, in each of the three states. */
    private void entries(long reportMark) {
        jdbc.update("""
                insert into report_entry (report_id, task_id, status, done, percent, explanation)
                select r.id, t.id, s.status,
                       case when s.status <> 'NOT_STARTED' then 'Đã triển khai nhiệm vụ thử ' || t.id end,
                       case s.status when 'NOT_STARTED' then 0 when 'DONE' then 100 else 10 + s.h % 81 end,
                       case when s.status = 'DONE' then 'Tài liệu kiểm chứng lưu tại đơn vị.' end
                from progress_report r
                join task t on t.plan_id = r.plan_id and t.reported
                join task_unit tu on tu.task_id = t.id and tu.unit_id = r.unit_id
                cross join lateral (select abs(hashtext(r.id || '/' || t.id)::bigint) as h) e
                cross join lateral (select e.h, (array['NOT_STARTED', 'IN_PROGRESS', 'DONE'])[1 + e.h % 3] as status) s
                where r.id > ?
                """, reportMark);
    }

    // ---- bulk loading

    /**
     * Results are nine rows in ten (over 100,000), and checking their three foreign keys row by row would take most of
     * the time. They are joined from existing rows, so the checks are skipped meanwhile (replica mode fires no
     * triggers, foreign-key checks included: a superuser setting, which the embedded database's user has), with room
     * to rank them in memory. Local settings: restored here, and by the rollback at the latest.
     */
    private void bulkLoading(Runnable inserts) {
        String workMem = jdbc.queryForObject("select current_setting('work_mem')", String.class);
        settings("replica", "64MB");
        inserts.run();
        settings("origin", workMem);
    }

    private void settings(String replicationRole, String workMem) {
        jdbc.queryForObject("select set_config('session_replication_role', ?, true) || set_config('work_mem', ?, true)",
                String.class, replicationRole, workMem);
    }

    // ---- SQL fragments and values

    /** A repeatable score inside the indicator's scale, rounded to the scale's own four decimals. */
    private static String score(String province, String indicator, String year) {
        return ("round(%2$s.scale_min + (%2$s.scale_max - %2$s.scale_min)"
                + " * ((%1$s.id * 7 + %2$s.id * 13 + %3$s) %% 101) / 100.0, 4)").formatted(province, indicator, year);
    }

    /** The province existed on 31 December of the year, the day a year's results refer to. */
    private static String validIn(String province, String year) {
        return ("%1$s.valid_from <= make_date(%2$s, 12, 31)"
                + " and (%1$s.valid_to is null or %1$s.valid_to > make_date(%2$s, 12, 31))").formatted(province, year);
    }

    private long maxId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    }

    private Date today() {
        return Date.valueOf(LocalDate.now(clock));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
