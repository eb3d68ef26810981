package vn.chiso.plan.task;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import vn.chiso.index.IndexCatalogue;
import vn.chiso.index.IndicatorView;
import vn.chiso.plan.PlanView;
import vn.chiso.plan.task.TaskImportRepository.Staged;
import vn.chiso.shared.NotFoundException;
import vn.chiso.shared.RuleViolationException;
import vn.chiso.shared.table.Table;
import vn.chiso.shared.table.TableReader;
import vn.chiso.shared.table.UnreadableFileException;
import vn.chiso.unit.UnitService;

/**
 * Importing a plan's tasks from a CSV or XLSX file: upload (kept in PostgreSQL until confirmed), preview with every
 * problem by line and column, and save all the tasks in one transaction, nothing while a problem remains.
 */
@Service
public class TaskImports {

    public static final int MAX_MEGABYTES = 10;
    public static final int MAX_LINES = 1000;
    private static final Duration KEPT = Duration.ofDays(1);

    private final TaskImportRepository staged;
    private final TaskService tasks;
    private final UnitService units;
    private final IndexCatalogue catalogue;
    private final Clock clock;

    TaskImports(TaskImportRepository staged, TaskService tasks, UnitService units, IndexCatalogue catalogue,
            Clock clock) {
        this.staged = staged;
        this.tasks = tasks;
        this.units = units;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @Transactional
    public UUID upload(PlanView plan, String fileName, byte[] content, String user) {
        if (content.length > MAX_MEGABYTES * 1024L * 1024L) {
            throw new RuleViolationException("file", "import.file.tooLarge", MAX_MEGABYTES);
        }
        try {
            TableReader.read(content);
        } catch (UnreadableFileException e) {
            throw new RuleViolationException("file", e.messageKey());
        }
        staged.deleteUploadedBefore(clock.instant().minus(KEPT));
        UUID id = UUID.randomUUID();
        String name = StringUtils.hasText(fileName) ? StringUtils.getFilename(fileName.replace('\\', '/')) : "tasks";
        staged.insert(id, plan.id(), name, content, user, clock.instant());
        return id;
    }

    public TaskImportPreview preview(PlanView plan, UUID id) {
        Staged file = staged.find(id, plan.id()).orElseThrow(() -> new NotFoundException("Task import", id));
        Table table;
        try {
            table = TableReader.read(file.content());
        } catch (UnreadableFileException e) {
            throw new IllegalStateException("a staged file was readable when uploaded", e);
        }
        return TaskImportCheck.check(table, file.fileName(), plan, units.activeTree(), indicatorsOf(plan), MAX_LINES);
    }

    /** Adds every task of the file; returns how many tasks were added (a line for a kind of body adds several). */
    @Transactional
    public int confirm(PlanView plan, UUID id) {
        TaskImportPreview preview = preview(plan, id);
        if (!preview.canSave()) {
            throw new RuleViolationException(null, "import.cannotSave", preview.problems().size());
        }
        int added = 0;
        for (TaskImportRow row : preview.rows()) {
            added += tasks.add(plan, row.form());
        }
        discard(plan, id);
        return added;
    }

    @Transactional
    public void discard(PlanView plan, UUID id) {
        staged.delete(id, plan.id());
    }

    private List<IndicatorView> indicatorsOf(PlanView plan) {
        return catalogue.catalogues(plan.indexCodes()).stream().flatMap(index -> index.active().stream()).toList();
    }
}
