package vn.chiso.plan.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.chiso.unit.UnitView;

/**
 * Tasks that differ only by their lead, shown as one: a plan says "UBND các huyện …" once, the application keeps one
 * task per district so that each reports on its own. Each task keeps its own coordinating units and indicators: the
 * group shows them by {@link #shares() share}.
 */
public record TaskGroup(String section, String text, String expectedOutput, LocalDate deadline,
        List<TaskView> tasks) {

    /**
     * The group's tasks by the coordinating units and indicators they have: one share when every lead was given the
     * same (the usual case), several when, say, the Department of Finance and the Department of Justice give the same
     * guidance on different indicators.
     */
    public List<Share> shares() {
        Map<List<List<Long>>, List<TaskView>> shares = new LinkedHashMap<>();
        for (TaskView task : tasks) {
            List<List<Long>> key = List.of(task.coordinating().stream().map(UnitView::id).toList(),
                    task.indicatorIds());
            shares.computeIfAbsent(key, k -> new ArrayList<>()).add(task);
        }
        return shares.values().stream().map(Share::new).toList();
    }

    /** Groups tasks in their order; tasks of a section with the same text, output and deadline form one group. */
    static List<TaskGroup> of(List<TaskView> tasks) {
        Map<List<Object>, List<TaskView>> groups = new LinkedHashMap<>();
        for (TaskView task : tasks) {
            List<Object> key = new ArrayList<>();
            key.add(task.section());
            key.add(task.text());
            key.add(Objects.toString(task.expectedOutput(), ""));
            key.add(Objects.toString(task.deadline(), ""));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(task);
        }
        return groups.values().stream().map(members -> new TaskGroup(members.get(0).section(), members.get(0).text(),
                members.get(0).expectedOutput(), members.get(0).deadline(), members)).toList();
    }

    /** Tasks of a group with the same coordinating units and the same indicators. */
    public record Share(List<TaskView> tasks) {

        public List<UnitView> coordinating() {
            return tasks.get(0).coordinating();
        }

        public List<String> indicatorCodes() {
            return tasks.get(0).indicatorCodes();
        }
    }
}
