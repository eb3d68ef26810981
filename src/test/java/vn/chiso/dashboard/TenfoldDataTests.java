package vn.chiso.dashboard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.ChisoTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fixture really makes every kind of data ten times bigger, and leaves our province's latest results alone. */
@ChisoTest
@Transactional
class TenfoldDataTests {

    /** What must grow tenfold, each as one count. */
    private static final Map<String, String> COUNTS = counts();

    @Autowired
    TenfoldData tenfold;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${chiso.our-province}")
    String ours;

    @Test
    void everythingGrowsTenfold() {
        Map<String, Long> before = measure();
        List<Map<String, Object>> oursBefore = ourLatestResults();

        long start = System.nanoTime();
        tenfold.grow();
        long millis = (System.nanoTime() - start) / 1_000_000;

        Map<String, Long> after = measure();
        System.out.printf("TenfoldData.grow() took %d ms%n", millis);
        before.forEach((what, count) -> System.out.printf("  %-28s %8d -> %8d%n", what, count, after.get(what)));
        before.forEach((what, count) -> assertThat(after.get(what)).as(what).isGreaterThanOrEqualTo(
                what.startsWith("result years of ") ? Math.min(TenfoldData.FACTOR * count, yearsSince1990(what))
                        : TenfoldData.FACTOR * count));
        assertThat(ourLatestResults()).isEqualTo(oursBefore);
    }

    /** Results start in 1990 (a rule of the schema): an index whose years other tests filled in grows up to it. */
    private long yearsSince1990(String what) {
        String code = what.substring("result years of ".length());
        return jdbc.queryForObject("select max(rs.year) - 1990 + 1 from result_set rs join governance_index g"
                + " on g.id = rs.index_id where g.code = ? and rs.current", Long.class, code);
    }

    @Test
    void addsNoYearAfterTheLatest() {
        String latest = "select index_id, max(year) as year from result_set where current group by index_id"
                + " order by index_id";
        List<Map<String, Object>> before = jdbc.queryForList(latest);
        tenfold.grow();
        assertThat(jdbc.queryForList(latest)).isEqualTo(before);
    }

    @Test
    void hasReportsInEveryStateAndUnitsThatHaveNone() {
        long reportMark = jdbc.queryForObject("select coalesce(max(id), 0) from progress_report", Long.class);
        long periodMark = jdbc.queryForObject("select coalesce(max(id), 0) from reporting_period", Long.class);
        tenfold.grow();
        assertThat(jdbc.queryForList("""
                select distinct status || case when on_time then ' on time' when not on_time then ' late' else '' end
                from progress_report where id > ?
                """, String.class, reportMark)).contains("DRAFT", "SUBMITTED on time", "SUBMITTED late",
                "RETURNED on time", "ACCEPTED on time", "ACCEPTED late");
        assertThat(jdbc.queryForList("select distinct status from report_entry where report_id > ?", String.class,
                reportMark)).containsExactlyInAnyOrder("NOT_STARTED", "IN_PROGRESS", "DONE");
        assertThat(jdbc.queryForObject("""
                select count(*) from reporting_period rp
                join (select distinct t.plan_id, tu.unit_id from task t join task_unit tu on tu.task_id = t.id
                      where t.reported) o on o.plan_id = rp.plan_id
                where rp.id > ? and rp.deadline < current_date and not exists (select 1 from progress_report r
                    where r.period_id = rp.id and r.unit_id = o.unit_id)
                """, Long.class, periodMark)).as("owing units without a report").isPositive();
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void refusesToRunOutsideATransaction() {
        assertThatThrownBy(tenfold::grow).isInstanceOf(IllegalTransactionStateException.class);
    }

    private Map<String, Long> measure() {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTS.forEach((what, sql) -> counts.put(what, jdbc.queryForObject(sql, Long.class)));
        jdbc.queryForList("""
                select i.code, count(distinct s.year) as years from result_set s
                join governance_index i on i.id = s.index_id where s.current group by i.code order by i.code
                """).forEach(row -> counts.put("result years of " + row.get("code"), (Long) row.get("years")));
        return counts;
    }

    private static Map<String, String> counts() {
        Map<String, String> counts = new LinkedHashMap<>();
        counts.put("provinces", "select count(*) from province");
        counts.put("indicator results", "select count(*) from indicator_result");
        counts.put("units", "select count(*) from unit");
        counts.put("non-draft plans", "select count(*) from plan where status <> 'DRAFT'");
        counts.put("plan targets", "select count(*) from plan_target");
        counts.put("tasks", "select count(*) from task");
        counts.put("reporting periods", "select count(*) from reporting_period");
        counts.put("progress reports", "select count(*) from progress_report");
        counts.put("report entries", "select count(*) from report_entry");
        return counts;
    }

    /** Our province's results in the latest year of each index, every column. */
    private List<Map<String, Object>> ourLatestResults() {
        return jdbc.queryForList("""
                select s.index_id, s.year, r.* from indicator_result r
                join result_set s on s.id = r.result_set_id and s.current
                join province p on p.id = r.province_id and p.code = ?
                where s.year = (select max(year) from result_set l where l.index_id = s.index_id and l.current)
                order by r.result_set_id, r.indicator_id, r.province_id
                """, ours);
    }
}
