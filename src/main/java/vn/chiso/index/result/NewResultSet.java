package vn.chiso.index.result;

import java.util.List;

import vn.chiso.index.IndexView;

/**
 * A new version of an index's results for a year.
 *
 * @param complete the table holds every ranked province (an import), so ranks, groups and averages can be computed;
 *        otherwise only the province's own figures were typed
 * @param rankedCount how many provinces were ranked; null to count the ranked lines of a complete table
 */
public record NewResultSet(IndexView index, int year, boolean complete, Integer rankedCount, String sourceNote,
        Origin origin, String fileName, String createdBy, List<ProvinceLine> lines) {

    public enum Origin {
        IMPORT,
        MANUAL
    }
}
