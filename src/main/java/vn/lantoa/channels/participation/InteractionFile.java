package vn.lantoa.channels.participation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
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
 * Reads an interaction list, .xlsx or CSV (UTF-8 with or without BOM, UTF-16, {@code sep=} line),
 * told by its content. The headers are matched with the aliases of {@link #HEADERS}; only the name
 * column is required. Each row keeps the line people see in their spreadsheet.
 */
public final class InteractionFile {

    public static final String HEADERS = "channels/participation/interaction-headers.txt";
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** One row as written (trimmed). */
    public record Entry(int line, String name, String profile, String interactions, String date) {

        String identity() {
            return String.join("\u0001", NameKey.of(name), profile.strip(), interactions.strip(), date.strip());
        }
    }

    private static final HeaderAliases ALIASES = HeaderAliases.load(HEADERS);

    private InteractionFile() {
    }

    public static List<Entry> read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "channels.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip ? readXlsx(content) : readCsv(content);
    }

    private static List<Entry> readCsv(byte[] content) {
        CsvTable table = CsvTable.read(DecodedText.of(content), MAX_ROWS, "channels.participation.import.error.tooManyRows");
        Map<String, Integer> columns = columns(table.header());
        List<Entry> rows = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            rows.add(new Entry(row.line(), row.value(columns.get("NAME")), value(row, columns.get("PROFILE")),
                    value(row, columns.get("INTERACTIONS")), value(row, columns.get("DATE"))));
        }
        return rows;
    }

    private static String value(CsvTable.Row row, Integer index) {
        return index == null ? "" : row.value(index);
    }

    private static List<Entry> readXlsx(byte[] content) {
        List<Entry> rows = new ArrayList<>();
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
                        if (header.stream().allMatch(String::isBlank)) {
                            continue;
                        }
                        columns = columns(header);
                        continue;
                    }
                    if (row.stream().allMatch(c -> c == null || c.getText() == null || c.getText().isBlank())) {
                        continue;
                    }
                    if (rows.size() >= MAX_ROWS) {
                        throw new InvalidInput("file", "channels.participation.import.error.tooManyRows", MAX_ROWS);
                    }
                    rows.add(new Entry(row.getRowNum(), SheetCells.date(row, columns.get("NAME")), SheetCells.date(row, columns.get("PROFILE")),
                            SheetCells.date(row, columns.get("INTERACTIONS")), SheetCells.date(row, columns.get("DATE"))));
                }
            }
            if (columns == null) {
                throw new InvalidInput("file", "channels.file.empty");
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("file", "channels.file.notText");
        }
        return rows;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = ALIASES.columns(header);
        if (!columns.containsKey("NAME")) {
            throw new InvalidInput("file", "channels.participation.import.error.noNameColumn", String.join(", ", ALIASES.headersOf("NAME")
                    .subList(0, 3)), String.join(", ", header.stream().filter(h -> !h.isBlank()).limit(8).toList()));
        }
        return columns;
    }
}
