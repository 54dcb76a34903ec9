package vn.lantoa.accountability.exports.document;

import java.util.List;

/** A spreadsheet export: one or more sheets, written by the .xlsx writer. */
public record Workbook(List<Sheet> sheets) {

    public Workbook {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs a sheet");
        }
        sheets = List.copyOf(sheets);
    }

    public static Workbook of(Sheet... sheets) {
        return new Workbook(List.of(sheets));
    }
}
