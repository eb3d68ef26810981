package vn.chiso.shared.table;

import java.util.List;

/**
 * A results file read as text cells: its header and its non-empty lines, each with the line number a person sees
 * in the file (row number in a spreadsheet).
 */
public record Table(List<String> header, List<Line> lines) {

    public record Line(int number, List<String> cells) {

        public String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
        }
    }

    /** The spreadsheet letter of a column: A, B, … Z, AA, AB, … */
    public static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
