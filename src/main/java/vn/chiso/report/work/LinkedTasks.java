package vn.chiso.report.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chiso.report.EntryStatus;

/**
 * The tasks working on given indicators and how far their units have come: what leaders ask about a missed target.
 * A unit's status is its entry in its latest report of the plan that was ever submitted, as in the task progress
 * dashboard. One query, whatever the number of tasks, units and reports.
 */
@Service
@Transactional(readOnly = true)
public class LinkedTasks {

    private final LinkedTaskRepository repository;
    private final Clock clock;

    LinkedTasks(LinkedTaskRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public List<LinkedTask> of(Collection<Long> planIds, Collection<Long> indicatorIds) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, LinkedTask> tasks = new LinkedHashMap<>();
        for (LinkedTaskRepository.Row row : repository.of(planIds, indicatorIds)) {
            LinkedTask task = tasks.computeIfAbsent(row.id(), id -> new LinkedTask(id, row.planId(), row.number(),
                    row.section(), row.text(), row.deadline(), row.indicators(), new ArrayList<>()));
            task.units().add(new LinkedTask.Assignment(row.unitId(), row.unitName(), row.role(), row.status(),
                    row.percent(), row.deadline() != null && row.deadline().isBefore(today)
                    && row.status() != EntryStatus.DONE));
        }
        return List.copyOf(tasks.values());
    }
}
