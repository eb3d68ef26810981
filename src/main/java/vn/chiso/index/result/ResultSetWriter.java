package vn.chiso.index.result;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.index.IndexView;
import vn.chiso.index.ResultsPublished;
import vn.chiso.index.result.ResultSetRepository.ResultRow;

/**
 * Saves a result set as the new current version of its index and year, in one transaction; the previous version
 * stays as history. In a complete table every rank and group the publisher did not give is computed here. Publishes
 * {@link ResultsPublished} in that transaction.
 */
@Component
public class ResultSetWriter {

    private final ResultSetRepository sets;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ResultSetWriter(ResultSetRepository sets, Clock clock, ApplicationEventPublisher events) {
        this.sets = sets;
        this.clock = clock;
        this.events = events;
    }

    /** Returns the id of the saved version. */
    @Transactional
    public long save(NewResultSet set) {
        IndexView index = set.index();
        sets.lockIndex(index.id());
        int version = sets.retireCurrent(index.id(), set.year());
        long aggregateId = index.aggregate().id();
        Instant now = clock.instant();
        Integer rankedCount = set.rankedCount();
        if (rankedCount == null && set.complete()) {
            rankedCount = (int) set.lines().stream().filter(line -> line.ranked(aggregateId)).count();
        }
        long id = sets.insert(set, version, rankedCount == null || rankedCount == 0 ? null : rankedCount, now);
        sets.insertResults(id, set.complete() ? computed(set, rankedCount) : typed(set));
        sets.insertUnranked(id, set.lines().stream().filter(line -> !line.ranked(aggregateId)).toList());
        events.publishEvent(new ResultsPublished(index.id(), index.code(), set.year(), id, version,
                set.origin() == NewResultSet.Origin.IMPORT, set.createdBy(), now));
        return id;
    }

    /** Rows as typed: what is given is published, nothing is computed from a partial table. */
    private static List<ResultRow> typed(NewResultSet set) {
        List<ResultRow> rows = new ArrayList<>();
        for (ProvinceLine line : set.lines()) {
            line.values().forEach((indicatorId, value) -> {
                if (!value.isEmpty()) {
                    rows.add(new ResultRow(indicatorId, line.provinceId(), value.score(), value.rank(),
                            value.rank() != null, value.group(), value.group() != null));
                }
            });
        }
        return rows;
    }

    /** Rows of a complete table, each indicator ranked and grouped among the ranked provinces that have a score. */
    private static List<ResultRow> computed(NewResultSet set, Integer rankedCount) {
        IndexView index = set.index();
        long aggregateId = index.aggregate().id();
        int groups = index.groups().size();
        Set<Long> indicatorIds = new HashSet<>();
        set.lines().forEach(line -> indicatorIds.addAll(line.values().keySet()));

        List<ResultRow> rows = new ArrayList<>();
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
                rows.add(new ResultRow(indicatorId, line.provinceId(), value.score(), rank, value.rank() != null,
                        group, value.group() != null));
            }
        }
        return rows;
    }
}
