package vn.chiso.index.result;

import java.util.Map;

/**
 * One province's line of a result set: its values by indicator id. A province without a value for the aggregate is
 * in the table but not ranked that year, with the reason the file gives (or none).
 */
public record ProvinceLine(long provinceId, Map<Long, ResultValue> values, String unrankedReason) {

    public boolean ranked(long aggregateId) {
        ResultValue aggregate = values.get(aggregateId);
        return aggregate != null && !aggregate.isEmpty();
    }
}
