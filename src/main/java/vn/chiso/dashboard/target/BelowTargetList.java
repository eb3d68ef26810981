package vn.chiso.dashboard.target;

import java.util.List;

import vn.chiso.dashboard.Scope;

/** Every target below target in the plans in view, the largest shortfall of each kind first. */
public record BelowTargetList(Scope scope, List<MissedTarget> targets) {
}
