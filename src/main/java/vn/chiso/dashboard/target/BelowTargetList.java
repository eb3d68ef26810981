package vn.chiso.dashboard.target;

import java.util.List;

import vn.chiso.dashboard.Scope;

/** Every target below target in the plans in view, the latest year first, then by index. */
public record BelowTargetList(Scope scope, List<MissedTarget> targets) {
}
