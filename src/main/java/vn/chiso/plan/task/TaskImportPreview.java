package vn.chiso.plan.task;

import java.util.List;

/** What a staged task file would add, or why it cannot. */
public record TaskImportPreview(String fileName, List<TaskImportProblem> problems, List<TaskImportRow> rows) {

    public boolean canSave() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
