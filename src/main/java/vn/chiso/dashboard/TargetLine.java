package vn.chiso.dashboard;

import vn.chiso.plan.PlanView;
import vn.chiso.plan.target.TargetEvaluation;
import vn.chiso.plan.target.TargetStatus;
import vn.chiso.plan.target.TargetView;

/** A target of a plan as it stands in one year. */
public record TargetLine(PlanView plan, TargetView target, TargetEvaluation evaluation) {

    public TargetStatus status() {
        return evaluation.status();
    }

    public int year() {
        return evaluation.year();
    }
}
