package vn.chiso.dashboard.index;

import java.math.BigDecimal;

/** A ranked province in the index's bar chart and region table. */
public record ProvinceBar(String code, String name, String region, BigDecimal score, Integer rank, Integer group,
        boolean ours) {
}
