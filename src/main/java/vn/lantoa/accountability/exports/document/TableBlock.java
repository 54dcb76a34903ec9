package vn.lantoa.accountability.exports.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A bordered table in the body: columns with relative widths and alignment (numbers to the right),
 * one or more header rows (bold, repeated on every page), rows of text as printed, and an optional
 * total row (bold).
 */
public record TableBlock(String caption, List<Column> columns, List<List<String>> headerRows, List<List<String>> rows,
                         List<String> totalRow) implements Block {

    public enum Align { LEFT, CENTER, RIGHT }

    /** A column: its relative width (any positive weights) and how its cells are aligned. */
    public record Column(int weight, Align align) {

        public Column {
            if (weight <= 0) {
                throw new IllegalArgumentException("column weight " + weight);
            }
        }
    }

    public TableBlock {
        columns = List.copyOf(columns);
        headerRows = List.copyOf(headerRows);
        rows = List.copyOf(rows);
        totalRow = totalRow == null ? null : List.copyOf(totalRow);
        for (List<String> row : headerRows) {
            check(columns, row);
        }
        for (List<String> row : rows) {
            check(columns, row);
        }
        if (totalRow != null) {
            check(columns, totalRow);
        }
    }

    private static void check(List<Column> columns, List<String> row) {
        if (row.size() != columns.size()) {
            throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + columns.size() + " columns");
        }
    }

    /** Each column's share of the table width, adding up to 1. */
    public List<Double> widthShares() {
        double sum = columns.stream().mapToInt(Column::weight).sum();
        return columns.stream().map(c -> c.weight() / sum).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a table column by column, then row by row. */
    public static final class Builder {

        private String caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private final List<List<String>> extraHeaderRows = new ArrayList<>();
        private final List<List<String>> rows = new ArrayList<>();
        private List<String> total;

        public Builder caption(String caption) {
            this.caption = caption;
            return this;
        }

        public Builder column(String title, int weight, Align align) {
            columns.add(new Column(weight, align));
            titles.add(title);
            return this;
        }

        /** A second header row under the column titles (e.g. units of measure, or "(1)", "(2)" …). */
        public Builder headerRow(String... cells) {
            extraHeaderRows.add(List.of(cells));
            return this;
        }

        public Builder row(List<String> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        public Builder row(String... cells) {
            return row(List.of(cells));
        }

        public Builder total(String... cells) {
            total = List.of(cells);
            return this;
        }

        public TableBlock build() {
            List<List<String>> header = new ArrayList<>();
            header.add(List.copyOf(titles));
            header.addAll(extraHeaderRows);
            return new TableBlock(caption, columns, header, rows, total);
        }
    }
}
