package vn.chiso.index.result;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The saved versions of results, in tables {@code result_set}, {@code indicator_result} and
 * {@code result_set_unranked}. A version's rows go in as JDBC batches (through {@link JdbcTemplate}, which
 * {@link JdbcClient} has no batch for): a complete table has thousands of them.
 */
@Repository
class ResultSetRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    ResultSetRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Locks the index's row: writers of one index wait for each other, so versions are numbered without gaps. */
    void lockIndex(long indexId) {
        jdbc.sql("select id from governance_index where id = :id for update").param("id", indexId).query(Long.class)
                .single();
    }

    /** The year's current version becomes history; returns the number the next version takes. */
    int retireCurrent(long indexId, int year) {
        jdbc.sql("update result_set set current = false where index_id = :indexId and year = :year and current")
                .param("indexId", indexId).param("year", year).update();
        return jdbc.sql("select coalesce(max(version), 0) + 1 from result_set where index_id = :indexId"
                + " and year = :year").param("indexId", indexId).param("year", year).query(Integer.class).single();
    }

    /** Adds a version as the current one and returns its id. */
    long insert(NewResultSet set, int version, Integer rankedCount, Instant createdAt) {
        return jdbc.sql("""
                insert into result_set (index_id, year, version, current, complete, ranked_count, source_note, origin,
                                        file_name, created_by, created_at)
                values (:indexId, :year, :version, true, :complete, :rankedCount, :sourceNote, :origin, :fileName,
                        :createdBy, :createdAt)
                returning id
                """).param("indexId", set.index().id()).param("year", set.year()).param("version", version)
                .param("complete", set.complete()).param("rankedCount", rankedCount)
                .param("sourceNote", set.sourceNote()).param("origin", set.origin().name())
                .param("fileName", set.fileName()).param("createdBy", set.createdBy())
                .param("createdAt", createdAt.atOffset(ZoneOffset.UTC)).query(Long.class).single();
    }

    void insertResults(long setId, List<ResultRow> rows) {
        batches.batchUpdate("""
                insert into indicator_result (result_set_id, indicator_id, province_id, score, rank, rank_published,
                                              group_position, group_published)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows.stream().map(row -> new Object[] {setId, row.indicatorId(), row.provinceId(), row.score(),
                        row.rank(), row.rankPublished(), row.group(), row.groupPublished()}).toList());
    }

    void insertUnranked(long setId, List<ProvinceLine> unranked) {
        batches.batchUpdate("insert into result_set_unranked (result_set_id, province_id, reason) values (?, ?, ?)",
                unranked.stream().map(line -> new Object[] {setId, line.provinceId(), line.unrankedReason()}).toList());
    }

    /** One province's value of one indicator in a version, and whether its rank and group were published. */
    record ResultRow(long indicatorId, long provinceId, BigDecimal score, Integer rank, boolean rankPublished,
            Integer group, boolean groupPublished) {
    }
}
