package vn.chiso.index.result;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexView;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.province.ProvinceDirectory;

/**
 * What the result pages read, each a fixed number of queries over the current versions. National averages and the
 * best province are computed over the ranked provinces of complete tables only.
 */
@Component
public class ResultQueries {

    private final JdbcTemplate jdbc;
    private final String ours;

    ResultQueries(JdbcTemplate jdbc, ProvinceDirectory provinces) {
        this.jdbc = jdbc;
        this.ours = provinces.ourCode();
    }

    /** The current version of an index's year. */
    public record CurrentSet(long id, int year, boolean complete, Integer rankedCount, String sourceNote) {
    }

    /** For each index, the province's latest aggregate result and the one before: one query. */
    public List<IndexSummary> summaries(List<IndexView> indices) {
        Map<Long, List<YearResult>> byIndex = new HashMap<>();
        jdbc.query("""
                select rs.index_id, rs.year, rs.ranked_count, r.*
                from result_set rs
                join indicator i on i.index_id = rs.index_id and i.parent_id is null
                join indicator_result r on r.result_set_id = rs.id and r.indicator_id = i.id
                join province p on p.id = r.province_id and p.code = ?
                where rs.current
                order by rs.index_id, rs.year desc
                """, row -> {
            byIndex.computeIfAbsent(row.getLong("index_id"), id -> new ArrayList<>())
                    .add(new YearResult(row.getInt("year"), cell(row), (Integer) row.getObject("ranked_count")));
        }, ours);
        return indices.stream().map(index -> {
            List<YearResult> years = byIndex.getOrDefault(index.id(), List.of());
            return new IndexSummary(index, years.isEmpty() ? null : years.get(0), years.size() < 2 ? null : years.get(1));
        }).toList();
    }

    /** Years with results, latest first. */
    public List<Integer> years(long indexId) {
        return jdbc.queryForList("select year from result_set where index_id = ? and current order by year desc",
                Integer.class, indexId);
    }

    public Optional<CurrentSet> current(long indexId, int year) {
        return jdbc.query("select * from result_set where index_id = ? and year = ? and current",
                (row, n) -> currentSet(row), indexId, year).stream().findFirst();
    }

    /** The index's tree in a year with the province's values, averages and best provinces: five queries. */
    public Optional<TreeYear> tree(Catalogue catalogue, int year) {
        IndexView index = catalogue.index();
        List<CurrentSet> sets = jdbc.query("select * from result_set where index_id = ? and current and year <= ?"
                + " order by year desc limit 2", (row, n) -> currentSet(row), index.id(), year);
        if (sets.isEmpty() || sets.get(0).year() != year) {
            return Optional.empty();
        }
        CurrentSet set = sets.get(0);
        CurrentSet before = sets.size() > 1 ? sets.get(1) : null;

        Map<Long, ResultCell> mine = new HashMap<>();
        Map<Long, ResultCell> earlier = new HashMap<>();
        jdbc.query("""
                select r.* from indicator_result r join province p on p.id = r.province_id
                where r.result_set_id in (?, ?) and p.code = ?
                """, row -> {
            (row.getLong("result_set_id") == set.id() ? mine : earlier).put(row.getLong("indicator_id"), cell(row));
        }, set.id(), before == null ? set.id() : before.id(), ours);

        Map<Long, BigDecimal> averages = new HashMap<>();
        Map<Long, Integer> among = new HashMap<>();
        jdbc.query("""
                select r.indicator_id, avg(r.score) filter (where u.province_id is null) as average,
                       count(r.rank) as among
                from indicator_result r
                left join result_set_unranked u on u.result_set_id = r.result_set_id and u.province_id = r.province_id
                where r.result_set_id = ?
                group by r.indicator_id
                """, row -> {
            averages.put(row.getLong("indicator_id"), row.getBigDecimal("average"));
            among.put(row.getLong("indicator_id"), row.getInt("among"));
        }, set.id());

        Map<Long, String> bestName = new HashMap<>();
        Map<Long, BigDecimal> bestScore = new HashMap<>();
        if (set.complete()) {
            jdbc.query("select distinct on (r.indicator_id) r.indicator_id, p.name, r.score"
                    + " from indicator_result r join province p on p.id = r.province_id"
                    + " left join result_set_unranked u on u.result_set_id = r.result_set_id and u.province_id = r.province_id"
                    + " where r.result_set_id = ? and r.score is not null and u.province_id is null"
                    + " order by r.indicator_id, r.score " + (index.higherIsBetter() ? "desc" : "asc") + ", p.name",
                    row -> {
                        bestName.put(row.getLong("indicator_id"), row.getString("name"));
                        bestScore.put(row.getLong("indicator_id"), row.getBigDecimal("score"));
                    }, set.id());
        }

        List<TreeRow> rows = catalogue.indicators().stream()
                .filter(indicator -> !indicator.retired() || mine.containsKey(indicator.id()))
                .map(indicator -> new TreeRow(indicator, mine.get(indicator.id()), earlier.get(indicator.id()),
                        indicator.isAggregate() && set.rankedCount() != null ? set.rankedCount()
                                : set.complete() ? among.get(indicator.id()) : null,
                        set.complete() ? averages.get(indicator.id()) : null,
                        bestName.get(indicator.id()), bestScore.get(indicator.id())))
                .toList();
        return Optional.of(new TreeYear(year, before == null ? null : before.year(), set.complete(), set.rankedCount(),
                set.sourceNote(), rows, unranked(set.id())));
    }

    /** Every province of the year's table for one indicator, unsorted: one query. */
    public List<ComparisonRow> comparison(long setId, IndicatorView indicator) {
        return jdbc.query("""
                select p.code, p.name, p.region, p.code = ? as ours, r.*, u.province_id is null as ranked, u.reason
                from (select province_id from indicator_result where result_set_id = ? and indicator_id = ?
                      union select province_id from result_set_unranked where result_set_id = ?) listed
                join province p on p.id = listed.province_id
                left join indicator_result r on r.result_set_id = ? and r.indicator_id = ?
                                            and r.province_id = listed.province_id
                left join result_set_unranked u on u.result_set_id = ? and u.province_id = listed.province_id
                """, (row, n) -> new ComparisonRow(row.getString("code"), row.getString("name"), row.getString("region"),
                        row.getObject("indicator_id") == null ? null : cell(row), row.getBoolean("ours"),
                        row.getBoolean("ranked"), row.getString("reason")),
                ours, setId, indicator.id(), setId, setId, indicator.id(), setId);
    }

    /** The province's value of an indicator in every year, with that year's national average: one query. */
    public List<TrendPoint> trend(long indexId, IndicatorView indicator) {
        return jdbc.query("""
                select rs.year, mine.score, mine.rank,
                       case when rs.complete then (
                           select avg(r.score) from indicator_result r
                           where r.result_set_id = rs.id and r.indicator_id = ? and not exists (
                               select 1 from result_set_unranked u
                               where u.result_set_id = rs.id and u.province_id = r.province_id)) end as average,
                       case when ? then rs.ranked_count when rs.complete then (
                           select count(r.rank) from indicator_result r
                           where r.result_set_id = rs.id and r.indicator_id = ?) end as among
                from result_set rs
                left join (indicator_result mine join province p on p.id = mine.province_id and p.code = ?)
                       on mine.result_set_id = rs.id and mine.indicator_id = ?
                where rs.index_id = ? and rs.current
                order by rs.year
                """, (row, n) -> new TrendPoint(row.getInt("year"), row.getBigDecimal("score"),
                        (Integer) row.getObject("rank"), row.getObject("among") == null ? null : row.getInt("among"),
                        row.getBigDecimal("average")),
                indicator.id(), indicator.isAggregate(), indicator.id(), ours, indicator.id(), indexId);
    }

    /** Every saved version of an index's results, latest year and version first: one query. */
    public List<HistoryEntry> history(long indexId) {
        return jdbc.query("""
                select rs.*, (select count(distinct province_id) from indicator_result r where r.result_set_id = rs.id)
                             + (select count(*) from result_set_unranked u where u.result_set_id = rs.id
                                and not exists (select 1 from indicator_result r
                                                where r.result_set_id = rs.id and r.province_id = u.province_id))
                             as provinces
                from result_set rs where rs.index_id = ? order by rs.year desc, rs.version desc
                """, (row, n) -> new HistoryEntry(row.getInt("year"), row.getInt("version"), row.getBoolean("current"),
                        row.getString("origin"), row.getString("file_name"), row.getString("created_by"),
                        row.getTimestamp("created_at").toInstant(), row.getInt("provinces"),
                        row.getString("source_note")), indexId);
    }

    /** The province's own values in a year's current version, by indicator id. */
    public Map<Long, ResultCell> ours(long setId) {
        Map<Long, ResultCell> values = new HashMap<>();
        jdbc.query("select r.* from indicator_result r join province p on p.id = r.province_id"
                + " where r.result_set_id = ? and p.code = ?", row -> {
            values.put(row.getLong("indicator_id"), cell(row));
        }, setId, ours);
        return values;
    }

    /**
     * A saved version as lines to build the next version from: scores, and only the ranks and groups that were
     * published (computed ones are computed again).
     */
    public List<ProvinceLine> lines(long setId) {
        Map<Long, Map<Long, ResultValue>> values = new LinkedHashMap<>();
        jdbc.query("select * from indicator_result where result_set_id = ? order by province_id", row -> {
            ResultCell cell = cell(row);
            values.computeIfAbsent(row.getLong("province_id"), id -> new HashMap<>()).put(row.getLong("indicator_id"),
                    new ResultValue(cell.score(), cell.rankPublished() ? cell.rank() : null,
                            cell.groupPublished() ? cell.group() : null));
        }, setId);
        Map<Long, String> reasons = new HashMap<>();
        jdbc.query("select province_id, reason from result_set_unranked where result_set_id = ?", row -> {
            reasons.put(row.getLong("province_id"), row.getString("reason"));
            values.putIfAbsent(row.getLong("province_id"), new HashMap<>());
        }, setId);
        return values.entrySet().stream()
                .map(entry -> new ProvinceLine(entry.getKey(), entry.getValue(), reasons.get(entry.getKey())))
                .toList();
    }

    private List<UnrankedProvince> unranked(long setId) {
        return jdbc.query("select p.name, u.reason from result_set_unranked u join province p on p.id = u.province_id"
                + " where u.result_set_id = ? order by p.name", (row, n) -> new UnrankedProvince(row.getString("name"),
                row.getString("reason")), setId);
    }

    private static CurrentSet currentSet(ResultSet row) throws SQLException {
        return new CurrentSet(row.getLong("id"), row.getInt("year"), row.getBoolean("complete"),
                (Integer) row.getObject("ranked_count"), row.getString("source_note"));
    }

    private static ResultCell cell(ResultSet row) throws SQLException {
        return new ResultCell(row.getBigDecimal("score"), (Integer) row.getObject("rank"),
                row.getBoolean("rank_published"), (Integer) row.getObject("group_position"),
                row.getBoolean("group_published"));
    }
}
