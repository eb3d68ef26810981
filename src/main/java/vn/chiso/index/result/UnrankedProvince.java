package vn.chiso.index.result;

/** A province in a year's table that was not ranked, with the reason the source gave (null: none given). */
public record UnrankedProvince(String name, String reason) {
}
