package vn.chiso.index;

import java.time.Instant;

/**
 * A new version of an index's published results for a year was saved: a publisher's table imported, or the
 * province's own figures typed in. Published inside the saving transaction; what is read from the results of that
 * index and year (targets, dashboards) may have changed.
 *
 * @param resultSetId the saved version, now the current one of its index and year
 * @param imported    a whole table imported, not figures typed in
 */
public record ResultsPublished(long indexId, String indexCode, int year, long resultSetId, int version,
        boolean imported, String publishedBy, Instant publishedAt) {
}
