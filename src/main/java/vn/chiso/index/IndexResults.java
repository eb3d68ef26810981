package vn.chiso.index;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.chiso.index.province.ProvinceDirectory;

/**
 * The province's results as other modules read them (targets are evaluated against these): always the current
 * version of each year, read when asked, so nothing derived from them goes stale.
 */
@Service
public class IndexResults {

    private final JdbcTemplate jdbc;
    private final String ours;

    IndexResults(JdbcTemplate jdbc, ProvinceDirectory provinces) {
        this.jdbc = jdbc;
        this.ours = provinces.ourCode();
    }

    /** The province's values of these indicators, by indicator id and then by year: one query. */
    public Map<Long, TreeMap<Integer, ProvinceValue>> ours(Collection<Long> indicatorIds) {
        Map<Long, TreeMap<Integer, ProvinceValue>> values = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return values;
        }
        jdbc.query("""
                select r.indicator_id, rs.year, r.score, r.rank, r.group_position,
                       case when i.parent_id is null then rs.ranked_count
                            when rs.complete then (select count(o.rank) from indicator_result o
                                                   where o.result_set_id = rs.id and o.indicator_id = r.indicator_id)
                       end as among
                from indicator_result r
                join result_set rs on rs.id = r.result_set_id and rs.current
                join indicator i on i.id = r.indicator_id
                join province p on p.id = r.province_id and p.code = ?
                where r.indicator_id = any (?)
                """, row -> {
            int year = row.getInt("year");
            BigDecimal score = row.getBigDecimal("score");
            Number among = (Number) row.getObject("among");
            values.computeIfAbsent(row.getLong("indicator_id"), id -> new TreeMap<>()).put(year,
                    new ProvinceValue(year, score, (Integer) row.getObject("rank"),
                            (Integer) row.getObject("group_position"), among == null ? null : among.intValue()));
        }, ours, indicatorIds.toArray(Long[]::new));
        return values;
    }
}
