package vn.chiso.dashboard.index;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import vn.chiso.dashboard.TargetLine;
import vn.chiso.index.result.TreeRow;
import vn.chiso.plan.target.TargetStatus;

/** One node of the index's tree on its dashboard: the province's result, its change and its targets that year. */
public record IndicatorLine(TreeRow row, List<TargetLine> targets, TargetStatus status) {

    public boolean belowTarget() {
        return status == TargetStatus.BELOW_TARGET;
    }

    /**
     * The change as a share of the indicator's scale, so that a fall of 0,5 on a 10-point dimension weighs more than
     * a fall of 0,5 on the 80-point aggregate when sorting.
     */
    BigDecimal relativeChange() {
        BigDecimal change = row.scoreChange();
        BigDecimal range = row.indicator().scaleMax().subtract(row.indicator().scaleMin());
        return change == null || range.signum() == 0 ? null : change.divide(range, MathContext.DECIMAL64);
    }
}
