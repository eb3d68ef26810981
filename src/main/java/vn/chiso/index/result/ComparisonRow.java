package vn.chiso.index.result;

/** One province's value of an indicator in a year, for the comparison table. */
public record ComparisonRow(String code, String name, String region, ResultCell cell, boolean ours, boolean ranked,
        String unrankedReason) {
}
