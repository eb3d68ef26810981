package vn.chiso.index.result;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.index.IndexView;
import vn.chiso.index.ResultsPublished;

/**
 * Saves a result set as the new current version of its index and year, in one transaction; the previous version
 * stays as history. In a complete table every rank and group the publisher did not give is computed here. Publishes
 * {@link ResultsPublished} in that transaction.
 */
@Component
public class ResultSetWriter {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResultSetWriter(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Returns the id of the saved version. */
    @Transactional
    public long save(NewResultSet set) {
        IndexView index = set.index();
        // Writers of one index wait for each other, so versions are numbered without gaps or clashes.
        jdbc.queryForObject("select id from governance_index where id = ? for update", Long.class, index.id());
        jdbc.update("update result_set set current = false where index_id = ? and year = ? and current",
                index.id(), set.year());
        Integer version = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from result_set"
                + " where index_id = ? and year = ?", Integer.class, index.id(), set.year());
        long aggregateId = index.aggregate().id();
        Instant now = clock.instant();
        Integer rankedCount = set.rankedCount();
        if (rankedCount == null && set.complete()) {
            rankedCount = (int) set.lines().stream().filter(line -> line.ranked(aggregateId)).count();
        }
        Long id = jdbc.queryForObject("""
                insert into result_set (index_id, year, version, current, complete, ranked_count, source_note, origin,
                                        file_name, created_by, created_at)
                values (?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?) returning id
                """, Long.class, index.id(), set.year(), version, set.complete(), rankedCount == null || rankedCount == 0
                ? null : rankedCount, set.sourceNote(), set.origin().name(), set.fileName(), set.createdBy(),
                Timestamp.from(now));

        List<Object[]> rows = set.complete() ? computed(set, rankedCount) : typed(set);
        jdbc.batchUpdate("""
                insert into indicator_result (result_set_id, indicator_id, province_id, score, rank, rank_published,
                                              group_position, group_published)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, rows.stream().map(row -> prepend(id, row)).toList());
        jdbc.batchUpdate("insert into result_set_unranked (result_set_id, province_id, reason) values (?, ?, ?)",
                set.lines().stream().filter(line -> !line.ranked(aggregateId))
                        .map(line -> new Object[] {id, line.provinceId(), line.unrankedReason()}).toList());
        events.publishEvent(new ResultsPublished(index.id(), index.code(), set.year(), id, version,
                set.origin() == NewResultSet.Origin.IMPORT, set.createdBy(), now));
        return id;
    }

    /** Rows as typed: what is given is published, nothing is computed from a partial table. */
    private static List<Object[]> typed(NewResultSet set) {
        List<Object[]> rows = new ArrayList<>();
        for (ProvinceLine line : set.lines()) {
            line.values().forEach((indicatorId, value) -> {
                if (!value.isEmpty()) {
                    rows.add(new Object[] {indicatorId, line.provinceId(), value.score(), value.rank(),
                            value.rank() != null, value.group(), value.group() != null});
                }
            });
        }
        return rows;
    }

    /** Rows of a complete table, each indicator ranked and grouped among the ranked provinces that have a score. */
    private static List<Object[]> computed(NewResultSet set, Integer rankedCount) {
        IndexView index = set.index();
        long aggregateId = index.aggregate().id();
        int groups = index.groups().size();
        Set<Long> indicatorIds = new HashSet<>();
        set.lines().forEach(line -> indicatorIds.addAll(line.values().keySet()));

        List<Object[]> rows = new ArrayList<>();
        for (long indicatorId : indicatorIds) {
            Map<Long, BigDecimal> scores = new HashMap<>();
            int rankedWithValue = 0;
            for (ProvinceLine line : set.lines()) {
                ResultValue value = line.values().get(indicatorId);
                if (line.ranked(aggregateId) && value != null && !value.isEmpty()) {
                    rankedWithValue++;
                    if (value.score() != null) {
                        scores.put(line.provinceId(), value.score());
                    }
                }
            }
            Map<Long, Integer> ranks = Ranking.ranks(scores, index.higherIsBetter());
            int among = indicatorId == aggregateId && rankedCount != null ? rankedCount : rankedWithValue;
            for (ProvinceLine line : set.lines()) {
                ResultValue value = line.values().get(indicatorId);
                if (value == null || value.isEmpty()) {
                    continue;
                }
                boolean ranked = line.ranked(aggregateId);
                Integer rank = value.rank() != null ? value.rank() : ranked ? ranks.get(line.provinceId()) : null;
                Integer group = value.group() != null ? value.group()
                        : ranked && rank != null && groups > 0 && among > 0 ? Ranking.group(rank, among, groups) : null;
                rows.add(new Object[] {indicatorId, line.provinceId(), value.score(), rank, value.rank() != null,
                        group, value.group() != null});
            }
        }
        return rows;
    }

    private static Object[] prepend(long id, Object[] row) {
        Object[] full = new Object[row.length + 1];
        full[0] = id;
        System.arraycopy(row, 0, full, 1, row.length);
        return full;
    }
}
