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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.chiso.index.Catalogue;
import vn.chiso.index.IndexView;
import vn.chiso.index.IndicatorView;
import vn.chiso.index.province.ProvinceDirectory;

/**
 * What the result pages read, each a fixed number of queries over the current versions. National averages and the
 * best province are computed over the ranked provinces of complete tables only. A repository: it reads tables
 * {@code result_set}, {@code indicator_result} and {@code result_set_unranked} as the pages need them.
 */
@Repository
public class ResultQueries {

    private final JdbcClient jdbc;
    private final String ours;

    ResultQueries(JdbcClient jdbc, ProvinceDirectory provinces) {
        this.jdbc = jdbc;
        this.ours = provinces.ourCode();
    }

    /** The current version of an index's year. */
    public record CurrentSet(long id, int year, boolean complete, Integer rankedCount, String sourceNote) {
    }

    /** For each index, the province's latest aggregate result and the one before: one query. */
    public List<IndexSummary> summaries(List<IndexView> indices) {
        Map<Long, List<YearResult>> byIndex = new HashMap<>();
        jdbc.sql("""
                select rs.index_id, rs.year, rs.ranked_count, r.*
                from result_set rs
                join indicator i on i.index_id = rs.index_id and i.parent_id is null
                join indicator_result r on r.result_set_id = rs.id and r.indicator_id = i.id
                join province p on p.id = r.province_id and p.code = :ours
                where rs.current
                order by rs.index_id, rs.year desc
                """).param("ours", ours).query(row -> {
            byIndex.computeIfAbsent(row.getLong("index_id"), id -> new ArrayList<>())
                    .add(new YearResult(row.getInt("year"), cell(row), (Integer) row.getObject("ranked_count")));
        });
        return indices.stream().map(index -> {
            List<YearResult> years = byIndex.getOrDefault(index.id(), List.of());
            return new IndexSummary(index, years.isEmpty() ? null : years.get(0), years.size() < 2 ? null : years.get(1));
        }).toList();
    }

    /** Years with results, latest first. */
    public List<Integer> years(long indexId) {
        return jdbc.sql("select year from result_set where index_id = :indexId and current order by year desc")
                .param("indexId", indexId).query(Integer.class).list();
    }

    public Optional<CurrentSet> current(long indexId, int year) {
        return jdbc.sql("select * from result_set where index_id = :indexId and year = :year and current")
                .param("indexId", indexId).param("year", year).query((row, n) -> currentSet(row)).optional();
    }

    /** The index's tree in a year with the province's values, averages and best provinces: five queries. */
    public Optional<TreeYear> tree(Catalogue catalogue, int year) {
        IndexView index = catalogue.index();
        List<CurrentSet> sets = jdbc.sql("select * from result_set where index_id = :indexId and current"
                + " and year <= :year order by year desc limit 2").param("indexId", index.id()).param("year", year)
                .query((row, n) -> currentSet(row)).list();
        if (sets.isEmpty() || sets.get(0).year() != year) {
            return Optional.empty();
        }
        CurrentSet set = sets.get(0);
        CurrentSet before = sets.size() > 1 ? sets.get(1) : null;

        Map<Long, ResultCell> mine = new HashMap<>();
        Map<Long, ResultCell> earlier = new HashMap<>();
        jdbc.sql("""
                select r.* from indicator_result r join province p on p.id = r.province_id
                where r.result_set_id in (:set, :before) and p.code = :ours
                """).param("set", set.id()).param("before", before == null ? set.id() : before.id())
                .param("ours", ours).query(row -> {
            (row.getLong("result_set_id") == set.id() ? mine : earlier).put(row.getLong("indicator_id"), cell(row));
        });

        Map<Long, BigDecimal> averages = new HashMap<>();
        Map<Long, Integer> among = new HashMap<>();
        jdbc.sql("""
                select r.indicator_id, avg(r.score) filter (where u.province_id is null) as average,
                       count(r.rank) as among
                from indicator_result r
                left join result_set_unranked u on u.result_set_id = r.result_set_id and u.province_id = r.province_id
                where r.result_set_id = :set
                group by r.indicator_id
                """).param("set", set.id()).query(row -> {
            averages.put(row.getLong("indicator_id"), row.getBigDecimal("average"));
            among.put(row.getLong("indicator_id"), row.getInt("among"));
        });

        Map<Long, String> bestName = new HashMap<>();
        Map<Long, BigDecimal> bestScore = new HashMap<>();
        if (set.complete()) {
            jdbc.sql("select distinct on (r.indicator_id) r.indicator_id, p.name, r.score"
                    + " from indicator_result r join province p on p.id = r.province_id"
                    + " left join result_set_unranked u on u.result_set_id = r.result_set_id and u.province_id = r.province_id"
                    + " where r.result_set_id = :set and r.score is not null and u.province_id is null"
                    + " order by r.indicator_id, r.score " + (index.higherIsBetter() ? "desc" : "asc") + ", p.name")
                    .param("set", set.id()).query(row -> {
                        bestName.put(row.getLong("indicator_id"), row.getString("name"));
                        bestScore.put(row.getLong("indicator_id"), row.getBigDecimal("score"));
                    });
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
        return jdbc.sql("""
                select p.code, p.name, p.region, p.code = :ours as ours, r.*, u.province_id is null as ranked, u.reason
                from (select province_id from indicator_result where result_set_id = :set and indicator_id = :indicator
                      union select province_id from result_set_unranked where result_set_id = :set) listed
                join province p on p.id = listed.province_id
                left join indicator_result r on r.result_set_id = :set and r.indicator_id = :indicator
                                            and r.province_id = listed.province_id
                left join result_set_unranked u on u.result_set_id = :set and u.province_id = listed.province_id
                """).param("ours", ours).param("set", setId).param("indicator", indicator.id())
                .query((row, n) -> new ComparisonRow(row.getString("code"), row.getString("name"),
                        row.getString("region"), row.getObject("indicator_id") == null ? null : cell(row),
                        row.getBoolean("ours"), row.getBoolean("ranked"), row.getString("reason")))
                .list();
    }

    /** The province's value of an indicator in every year, with that year's national average: one query. */
    public List<TrendPoint> trend(long indexId, IndicatorView indicator) {
        return jdbc.sql("""
                select rs.year, mine.score, mine.rank,
                       case when rs.complete then (
                           select avg(r.score) from indicator_result r
                           where r.result_set_id = rs.id and r.indicator_id = :indicator and not exists (
                               select 1 from result_set_unranked u
                               where u.result_set_id = rs.id and u.province_id = r.province_id)) end as average,
                       case when :aggregate then rs.ranked_count when rs.complete then (
                           select count(r.rank) from indicator_result r
                           where r.result_set_id = rs.id and r.indicator_id = :indicator) end as among
                from result_set rs
                left join (indicator_result mine join province p on p.id = mine.province_id and p.code = :ours)
                       on mine.result_set_id = rs.id and mine.indicator_id = :indicator
                where rs.index_id = :indexId and rs.current
                order by rs.year
                """).param("indicator", indicator.id()).param("aggregate", indicator.isAggregate())
                .param("ours", ours).param("indexId", indexId)
                .query((row, n) -> new TrendPoint(row.getInt("year"), row.getBigDecimal("score"),
                        (Integer) row.getObject("rank"), row.getObject("among") == null ? null : row.getInt("among"),
                        row.getBigDecimal("average")))
                .list();
    }

    /** Every saved version of an index's results, latest year and version first: one query. */
    public List<HistoryEntry> history(long indexId) {
        return jdbc.sql("""
                select rs.*, (select count(distinct province_id) from indicator_result r where r.result_set_id = rs.id)
                             + (select count(*) from result_set_unranked u where u.result_set_id = rs.id
                                and not exists (select 1 from indicator_result r
                                                where r.result_set_id = rs.id and r.province_id = u.province_id))
                             as provinces
                from result_set rs where rs.index_id = :indexId order by rs.year desc, rs.version desc
                """).param("indexId", indexId)
                .query((row, n) -> new HistoryEntry(row.getInt("year"), row.getInt("version"),
                        row.getBoolean("current"), row.getString("origin"), row.getString("file_name"),
                        row.getString("created_by"), row.getTimestamp("created_at").toInstant(),
                        row.getInt("provinces"), row.getString("source_note")))
                .list();
    }

    /** The province's own values in a year's current version, by indicator id. */
    public Map<Long, ResultCell> ours(long setId) {
        Map<Long, ResultCell> values = new HashMap<>();
        jdbc.sql("select r.* from indicator_result r join province p on p.id = r.province_id"
                + " where r.result_set_id = :set and p.code = :ours").param("set", setId).param("ours", ours)
                .query(row -> {
                    values.put(row.getLong("indicator_id"), cell(row));
                });
        return values;
    }

    /**
     * A saved version as lines to build the next version from: scores, and only the ranks and groups that were
     * published (computed ones are computed again).
     */
    public List<ProvinceLine> lines(long setId) {
        Map<Long, Map<Long, ResultValue>> values = new LinkedHashMap<>();
        jdbc.sql("select * from indicator_result where result_set_id = :set order by province_id").param("set", setId)
                .query(row -> {
                    ResultCell cell = cell(row);
                    values.computeIfAbsent(row.getLong("province_id"), id -> new HashMap<>())
                            .put(row.getLong("indicator_id"), new ResultValue(cell.score(),
                                    cell.rankPublished() ? cell.rank() : null,
                                    cell.groupPublished() ? cell.group() : null));
                });
        Map<Long, String> reasons = new HashMap<>();
        jdbc.sql("select province_id, reason from result_set_unranked where result_set_id = :set").param("set", setId)
                .query(row -> {
                    reasons.put(row.getLong("province_id"), row.getString("reason"));
                    values.putIfAbsent(row.getLong("province_id"), new HashMap<>());
                });
        return values.entrySet().stream()
                .map(entry -> new ProvinceLine(entry.getKey(), entry.getValue(), reasons.get(entry.getKey())))
                .toList();
    }

    private List<UnrankedProvince> unranked(long setId) {
        return jdbc.sql("select p.name, u.reason from result_set_unranked u join province p on p.id = u.province_id"
                + " where u.result_set_id = :set order by p.name").param("set", setId)
                .query((row, n) -> new UnrankedProvince(row.getString("name"), row.getString("reason"))).list();
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
