package vn.lantoa.accountability.exports.document;

import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet: title rows (the union and the report's name, merged across the columns), the
 * column headers (bold, frozen), the rows and an optional total row (bold).
 */
public record Sheet(String name, List<String> titleRows, List<Column> columns, List<List<SheetCell>> rows, List<SheetCell> totalRow) {

    /** A column: its header and its width in characters. */
    public record Column(String header, int widthChars) {
    }

    public Sheet {
        name = safeName(name);
        titleRows = List.copyOf(titleRows);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        totalRow = totalRow == null ? null : List.copyOf(totalRow);
        for (List<SheetCell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a sheet of " + columns.size() + " columns");
            }
        }
        if (totalRow != null && totalRow.size() != columns.size()) {
            throw new IllegalArgumentException("total row of " + totalRow.size() + " cells");
        }
    }

    /** The row index (0-based) of the column headers: after the title rows and one blank row. */
    public int headerRowIndex() {
        return titleRows.isEmpty() ? 0 : titleRows.size() + 1;
    }

    /** Excel's rules for sheet names: at most 31 characters, none of []:*?/\ . */
    static String safeName(String name) {
        String s = name == null || name.isBlank() ? "Sheet1" : name.replaceAll("[\\[\\]:*?/\\\\]", "-").strip();
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public static final class Builder {

        private final String name;
        private final List<String> titles = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final List<List<SheetCell>> rows = new ArrayList<>();
        private List<SheetCell> total;

        private Builder(String name) {
            this.name = name;
        }

        public Builder title(String line) {
            titles.add(line);
            return this;
        }

        public Builder column(String header, int widthChars) {
            columns.add(new Column(header, widthChars));
            return this;
        }

        public Builder row(SheetCell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public Builder row(List<SheetCell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        public Builder total(SheetCell... cells) {
            total = List.of(cells);
            return this;
        }

        public Sheet build() {
            return new Sheet(name, titles, columns, rows, total);
        }
    }
}
