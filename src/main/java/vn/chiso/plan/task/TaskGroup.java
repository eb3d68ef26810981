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
 * task per district so that each reports on its own.
 */
public record TaskGroup(String section, String text, String expectedOutput, LocalDate deadline,
        List<TaskView> tasks) {

    public List<UnitView> leads() {
        return tasks.stream().map(TaskView::lead).toList();
    }

    public List<UnitView> coordinating() {
        Map<Long, UnitView> units = new LinkedHashMap<>();
        tasks.forEach(task -> task.coordinating().forEach(unit -> units.putIfAbsent(unit.id(), unit)));
        return new ArrayList<>(units.values());
    }

    public List<String> indicatorCodes() {
        return tasks.get(0).indicatorCodes();
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
}
