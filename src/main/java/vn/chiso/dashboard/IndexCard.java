package vn.chiso.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import vn.chiso.index.IndexView;
import vn.chiso.index.ProvinceValue;
import vn.chiso.plan.target.TargetStatus;

/**
 * One index on the home dashboard: the province's latest aggregate result, the one before it, and the targets of
 * the plans for the year shown (and, when that year has no result yet, for the latest year with one).
 */
public record IndexCard(IndexView index, ProvinceValue latest, ProvinceValue previous, List<TargetLine> targets) {

    /** Score change from the previous result, in the index's direction of better (null when either is missing). */
    public BigDecimal change() {
        return latest == null || previous == null || latest.score() == null || previous.score() == null ? null
                : latest.score().subtract(previous.score());
    }

    /** Places gained since the previous result (negative: lost). */
    public Integer placesGained() {
        return latest == null || previous == null || latest.rank() == null || previous.rank() == null ? null
                : previous.rank() - latest.rank();
    }

    /** Red when any target is missed, grey when one still waits for its result, green when all are met. */
    public TargetStatus status() {
        return worst(targets);
    }

    /** The target that gives the card its status: the first missed one, else the first waiting, else the first. */
    public Optional<TargetLine> mainTarget() {
        TargetStatus status = status();
        return targets.stream().filter(line -> line.status() == status).findFirst();
    }

    public long belowTarget() {
        return targets.stream().filter(line -> line.status() == TargetStatus.BELOW_TARGET).count();
    }

    static TargetStatus worst(List<TargetLine> lines) {
        if (lines.isEmpty()) {
            return null;
        }
        if (lines.stream().anyMatch(line -> line.status() == TargetStatus.BELOW_TARGET)) {
            return TargetStatus.BELOW_TARGET;
        }
        return lines.stream().anyMatch(line -> line.status() == TargetStatus.NO_DATA) ? TargetStatus.NO_DATA
                : TargetStatus.MET;
    }
}
