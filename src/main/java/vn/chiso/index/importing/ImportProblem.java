package vn.chiso.index.importing;

import vn.chiso.shared.table.Table;

/**
 * Something in a results file that stops it from being saved, where it is (line as the file shows it, column as
 * letter and header) and what is wrong (a message key with its arguments).
 */
public record ImportProblem(int line, String column, String header, String messageKey, Object[] args) {

    static ImportProblem at(int line, int column, String header, String messageKey, Object... args) {
        return new ImportProblem(line, column < 0 ? null : Table.letter(column), header, messageKey, args);
    }
}
