package vn.lantoa.channels.registry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lantoa.channels.imports.CsvTable;
import vn.lantoa.channels.imports.SheetTable;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.InvalidInput;

/**
 * Reads a channel file, .xlsx or .csv, recognised by its content rather than its name. A CSV may be
 * UTF-8 (with or without a BOM) or UTF-16 (told by its BOM, or by its zero bytes), separated by commas,
 * semicolons or tabs, and may start with Excel's "sep=," line. The first row names the columns, in
 * Vietnamese or English, in any order.
 */
public final class ChannelFile {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The columns of a channel file; the first four are required. */
    public enum Column {
        UNIT_CODE, KIND, NAME, URL, PURPOSE, LAUNCHED_ON, ADMINS;

        public String messageKey() {
            return "channels.import.column." + switch (this) {
                case UNIT_CODE -> "unitCode";
                case KIND -> "kind";
                case NAME -> "name";
                case URL -> "url";
                case PURPOSE -> "purpose";
                case LAUNCHED_ON -> "launchedOn";
                case ADMINS -> "admins";
            };
        }

        boolean required() {
            return ordinal() <= URL.ordinal();
        }
    }

    /** One line of the file as written (trimmed); {@code line} is the line people see in their spreadsheet. */
    public record ChannelRow(int line, String unitCode, String kind, String name, String url, String purpose, String launchedOn,
                             String admins) {
    }

    /** The file lacks required columns (the page names them in the reader's language). */
    public static final class MissingColumns extends InvalidInput {

        private final List<Column> columns;

        MissingColumns(List<Column> columns) {
            super("file", "channels.import.error.missingColumns", columns.toString());
            this.columns = List.copyOf(columns);
        }

        public List<Column> columns() {
            return columns;
        }
    }

    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        alias(Column.UNIT_CODE, "ma don vi", "unit code", "ma", "ma dv", "code", "unit", "don vi ma");
        alias(Column.KIND, "loai kenh", "loai", "kind", "type", "channel kind", "channel type");
        alias(Column.NAME, "ten kenh", "ten", "name", "channel name", "ten trang", "ten nhom");
        alias(Column.URL, "dia chi", "url", "link", "duong dan", "dia chi url", "dia chi kenh", "address", "lien ket");
        alias(Column.PURPOSE, "muc dich", "purpose", "muc dich su dung");
        alias(Column.LAUNCHED_ON, "ngay lap", "launch date", "launched on", "ngay thanh lap", "ngay tao", "launched");
        alias(Column.ADMINS, "nguoi quan tri", "admins", "quan tri vien", "admin", "quan tri");
    }

    private ChannelFile() {
    }

    private static void alias(Column column, String... names) {
        for (String name : names) {
            HEADERS.put(name, column);
        }
    }

    private static final SheetTable.Rules RULES = new SheetTable.Rules(MAX_BYTES, MAX_ROWS, "channels.import.error.empty",
            "channels.import.error.tooLarge", "channels.import.error.tooManyRows", "channels.import.error.unreadable", "channels.file.cut");

    public static List<ChannelRow> read(byte[] content) {
        CsvTable table = SheetTable.read(content, RULES, header -> {
            Integer launched = columnsOf(header).get(Column.LAUNCHED_ON);
            return launched == null ? Set.of() : Set.of(launched);
        });
        Map<Column, Integer> columns = columnsOf(table.header());
        return table.rows().stream().map(r -> new ChannelRow(r.line(), cell(r, columns, Column.UNIT_CODE), cell(r, columns, Column.KIND),
                cell(r, columns, Column.NAME), cell(r, columns, Column.URL), cell(r, columns, Column.PURPOSE),
                cell(r, columns, Column.LAUNCHED_ON), cell(r, columns, Column.ADMINS))).toList();
    }

    static Map<Column, Integer> columnsOf(List<String> header) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < header.size(); i++) {
            String name = VietnameseText.fold(header.get(i)).replaceAll("[^a-z0-9]+", " ").strip();
            Column column = HEADERS.get(name);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        List<Column> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required() && !columns.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingColumns(missing);
        }
        return columns;
    }

    private static String cell(CsvTable.Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.value(index);
    }
}
