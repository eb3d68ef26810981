package vn.chiso.index.importing;

import java.math.BigDecimal;

/**
 * How a line of the file will be saved: the name as written, the province it matched, its aggregate, how many
 * values it carries, and whether the province is ranked.
 */
public record PreviewRow(int line, String written, String province, BigDecimal aggregate, Integer aggregateRank,
        int values, boolean ranked, String unrankedReason) {
}
