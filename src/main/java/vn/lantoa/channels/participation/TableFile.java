package vn.lantoa.channels.participation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lantoa.channels.imports.CsvTable;
import vn.lantoa.channels.imports.HeaderAliases;
import vn.lantoa.channels.imports.SheetTable;
import vn.lantoa.common.web.InvalidInput;

/**
 * A list file of the participation imports, .xlsx or CSV (UTF-8 with or without BOM, UTF-16, {@code sep=}
 * line; told by the content, not the name), as rows of field → text, the fields named by header aliases.
 * The required field must have a column; each row keeps the line people see in their spreadsheet.
 */
final class TableFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    record Line(int line, Map<String, String> values) {

        String get(String field) {
            return values.getOrDefault(field, "");
        }
    }

    private TableFile() {
    }

    static List<Line> read(byte[] content, HeaderAliases aliases, String required, int maxRows) {
        SheetTable.Rules rules = new SheetTable.Rules(MAX_BYTES, maxRows, "channels.file.empty", "channels.file.tooLarge",
                "channels.participation.import.error.tooManyRows", "channels.file.notText", "channels.file.cut");
        CsvTable table = SheetTable.read(content, rules, header -> {
            Integer date = columns(header, aliases, required).get("DATE");
            return date == null ? Set.of() : Set.of(date);
        });
        Map<String, Integer> columns = columns(table.header(), aliases, required);
        List<Line> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((field, index) -> values.put(field, row.value(index)));
            rows.add(new Line(row.line(), values));
        }
        return rows;
    }

    private static Map<String, Integer> columns(List<String> header, HeaderAliases aliases, String required) {
        Map<String, Integer> columns = aliases.columns(header);
        if (!columns.containsKey(required)) {
            List<String> names = aliases.headersOf(required);
            throw new InvalidInput("file", "channels.participation.import.error.noNameColumn", String.join(", ", names.subList(0,
                    Math.min(3, names.size()))), String.join(", ", header.stream().filter(h -> !h.isBlank()).limit(8).toList()));
        }
        return columns;
    }
}
