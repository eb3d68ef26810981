package vn.chiso.index.result;

import java.util.List;

/**
 * An index's tree for one year with the province's results.
 *
 * @param previousYear the latest earlier year with results, which changes are measured against (null: none)
 */
public record TreeYear(int year, Integer previousYear, boolean complete, Integer rankedCount, String sourceNote,
        List<TreeRow> rows, List<UnrankedProvince> unranked) {
}
