package vn.chiso.index;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The indicators of every index, in table {@code indicator}, and what their stored results say about them. */
@Repository
class IndicatorRepository {

    private static final String SELECT = "select id, index_id, parent_id, code, name_vi, name_en, scale_min,"
            + " scale_max, weight, lead_unit_id, position, retired from indicator";

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Indicator> findAll() {
        return jdbc.sql(SELECT).query(Indicator.class).list();
    }

    List<Indicator> findByIndexId(long indexId) {
        return jdbc.sql(SELECT + " where index_id = :indexId").param("indexId", indexId).query(Indicator.class)
                .list();
    }

    /** Each index's root, whose scale is the index's scale. */
    List<Indicator> findAggregates() {
        return jdbc.sql(SELECT + " where parent_id is null").query(Indicator.class).list();
    }

    Optional<Indicator> findById(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Indicator.class).optional();
    }

    Optional<Indicator> findByCode(String code) {
        return jdbc.sql(SELECT + " where code = :code").param("code", code).query(Indicator.class).optional();
    }

    boolean existsByCode(String code) {
        return jdbc.sql("select exists (select 1 from indicator where code = :code)").param("code", code)
                .query(Boolean.class).single();
    }

    boolean existsByParentId(long parentId) {
        return jdbc.sql("select exists (select 1 from indicator where parent_id = :id)").param("id", parentId)
                .query(Boolean.class).single();
    }

    boolean hasResults(long id) {
        return jdbc.sql("select exists (select 1 from indicator_result where indicator_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /** The lowest and highest stored score of an indicator, nulls when it has none. */
    ScoreRange scoreRange(long id) {
        return jdbc.sql("select min(score) as low, max(score) as high from indicator_result where indicator_id = :id")
                .param("id", id).query(ScoreRange.class).single();
    }

    /** The worst group any stored result of the index is in, or null. */
    Integer highestGroupUsed(long indexId) {
        return jdbc.sql("""
                select max(group_position) from indicator_result r join indicator i on i.id = r.indicator_id
                where i.index_id = :indexId
                """).param("indexId", indexId).query(Integer.class).optional().orElse(null);
    }

    /**
     * The current values of one province for these indicators, by indicator id and then by year: one query. Among
     * how many it is ranked is the result set's count for an aggregate, the count of ranks given otherwise.
     */
    Map<Long, TreeMap<Integer, ProvinceValue>> provinceValues(String provinceCode, Collection<Long> indicatorIds) {
        Map<Long, TreeMap<Integer, ProvinceValue>> values = new HashMap<>();
        jdbc.sql("""
                select r.indicator_id, rs.year, r.score, r.rank, r.group_position,
                       case when i.parent_id is null then rs.ranked_count
                            when rs.complete then (select count(o.rank) from indicator_result o
                                                   where o.result_set_id = rs.id and o.indicator_id = r.indicator_id)
                       end as among
                from indicator_result r
                join result_set rs on rs.id = r.result_set_id and rs.current
                join indicator i on i.id = r.indicator_id
                join province p on p.id = r.province_id and p.code = :province
                where r.indicator_id in (:indicatorIds)
                """).param("province", provinceCode).param("indicatorIds", indicatorIds)
                .query((RowCallbackHandler) row -> {
                    int year = row.getInt("year");
                    BigDecimal score = row.getBigDecimal("score");
                    Number among = (Number) row.getObject("among");
                    values.computeIfAbsent(row.getLong("indicator_id"), id -> new TreeMap<>()).put(year,
                            new ProvinceValue(year, score, (Integer) row.getObject("rank"),
                                    (Integer) row.getObject("group_position"),
                                    among == null ? null : among.intValue()));
                });
        return values;
    }

    /** Adds the indicator and returns its id. */
    long insert(Indicator indicator) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into indicator (index_id, parent_id, code, name_vi, name_en, scale_min, scale_max, weight,
                                       lead_unit_id, position, retired)
                values (:indexId, :parentId, :code, :nameVi, :nameEn, :scaleMin, :scaleMax, :weight, :leadUnitId,
                        :position, :retired)
                """).paramSource(indicator).update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /** Writes names, scale, weight, lead unit and position; the code and the place in the tree never change. */
    void describe(Indicator indicator) {
        jdbc.sql("""
                update indicator set name_vi = :nameVi, name_en = :nameEn, scale_min = :scaleMin,
                       scale_max = :scaleMax, weight = :weight, lead_unit_id = :leadUnitId, position = :position
                where id = :id
                """).paramSource(indicator).update();
    }

    void setRetired(Collection<Long> ids, boolean retired) {
        jdbc.sql("update indicator set retired = :retired where id in (:ids)").param("retired", retired)
                .param("ids", ids).update();
    }

    void setLeadUnit(long id, Long unitId) {
        jdbc.sql("update indicator set lead_unit_id = :unitId where id = :id").param("unitId", unitId)
                .param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from indicator where id = :id").param("id", id).update();
    }

    record ScoreRange(BigDecimal low, BigDecimal high) {
    }
}
