package vn.chiso.plan.task;

import vn.chiso.shared.table.Table;

/** Something in a task file that stops it from being saved, with its line and column. */
public record TaskImportProblem(int line, String column, String messageKey, Object[] args) {

    static TaskImportProblem at(int line, int column, String messageKey, Object... args) {
        return new TaskImportProblem(line, column < 0 ? null : Table.letter(column), messageKey, args);
    }
}
