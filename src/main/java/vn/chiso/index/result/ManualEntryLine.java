package vn.chiso.index.result;

import vn.chiso.index.IndicatorView;

/** A line of the manual entry page: the indicator, its value now (if any) and its value the year before. */
public record ManualEntryLine(IndicatorView indicator, ResultCell current, ResultCell lastYear) {
}
