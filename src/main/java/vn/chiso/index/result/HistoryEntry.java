package vn.chiso.index.result;

import java.time.Instant;

/** One saved version of an index's results for a year. */
public record HistoryEntry(int year, int version, boolean current, String origin, String fileName, String createdBy,
        Instant createdAt, int provinces, String sourceNote) {
}
