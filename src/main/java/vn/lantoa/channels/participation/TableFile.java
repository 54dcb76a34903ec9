package vn.lantoa.channels.participation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.lantoa.channels.imports.CsvTable;
import vn.lantoa.channels.imports.DecodedText;
import vn.lantoa.channels.imports.HeaderAliases;
import vn.lantoa.channels.imports.SheetCells;
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
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "channels.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip ? readXlsx(content, aliases, required, maxRows) : readCsv(content, aliases, required, maxRows);
    }

    private static List<Line> readCsv(byte[] content, HeaderAliases aliases, String required, int maxRows) {
        CsvTable table = CsvTable.read(DecodedText.of(content), maxRows, "channels.participation.import.error.tooManyRows");
        Map<String, Integer> columns = columns(table.header(), aliases, required);
        List<Line> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            columns.forEach((field, index) -> values.put(field, row.value(index)));
            rows.add(new Line(row.line(), values));
        }
        return rows;
    }

    private static List<Line> readXlsx(byte[] content, HeaderAliases aliases, String required, int maxRows) {
        List<Line> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            Map<String, Integer> columns = null;
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (columns == null) {
                        List<String> header = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            header.add(row.getCellText(i) == null ? "" : row.getCellText(i));
                        }
                        if (!header.stream().allMatch(String::isBlank)) {
                            columns = columns(header, aliases, required);
                        }
                        continue;
                    }
                    if (row.stream().allMatch(c -> c == null || c.getText() == null || c.getText().isBlank())) {
                        continue;
                    }
                    if (rows.size() >= maxRows) {
                        throw new InvalidInput("file", "channels.participation.import.error.tooManyRows", maxRows);
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Map.Entry<String, Integer> column : columns.entrySet()) {
                        values.put(column.getKey(), SheetCells.date(row, column.getValue()));
                    }
                    rows.add(new Line(row.getRowNum(), values));
                }
            }
            if (columns == null) {
                throw new InvalidInput("file", "channels.file.empty");
            }
        } catch (InvalidInput invalid) {
            throw invalid;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("file", "channels.file.notText");
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
