package vn.chiso.plan.target;

import java.util.List;

import vn.chiso.index.IndexView;
import vn.chiso.index.IndicatorView;

/**
 * A target with what pages show beside it: its index and indicator, the child indicators it counts, and its
 * evaluation in each of its years.
 *
 * @param headline the evaluation that stands for the whole target: the latest year with data, or else the first
 */
public record TargetView(TargetSpec spec, IndexView index, IndicatorView indicator, List<IndicatorView> children,
        List<TargetEvaluation> years, TargetEvaluation headline) {

    public TargetStatus status() {
        return headline.status();
    }
}
