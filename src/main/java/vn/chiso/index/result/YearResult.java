package vn.chiso.index.result;

/** The province's value of an indicator in one year, and among how many provinces it was ranked (null: unknown). */
public record YearResult(int year, ResultCell cell, Integer rankedAmong) {
}
