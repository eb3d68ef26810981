package vn.chiso.plan.section;

import vn.chiso.plan.task.TaskGroup;

/** One line of a plan's outline in document order: a heading or paragraph, or a group of tasks. */
public record OutlineEntry(SectionView section, TaskGroup tasks) {

    public boolean isHeading() {
        return section != null;
    }
}
