package vn.lantoa.channels.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.lantoa.channels.imports.SheetCells;
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

    public static List<ChannelRow> read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput("file", "channels.import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "channels.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        try {
            return isZip(content) ? readXlsx(content) : readCsv(decode(content));
        } catch (InvalidInput invalid) {
            throw invalid;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("file", "channels.import.error.unreadable");
        }
    }

    /** The text of a CSV file: UTF-8 or UTF-16 by its BOM, UTF-16 without one by its zero bytes, else strict UTF-8. */
    static String decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        int sample = Math.min(b.length, 2000);
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    evenZeros++;
                } else {
                    oddZeros++;
                }
            }
        }
        if (oddZeros > sample / 4) {
            return strict(b, 0, StandardCharsets.UTF_16LE);
        }
        if (evenZeros > sample / 4) {
            return strict(b, 0, StandardCharsets.UTF_16BE);
        }
        return strict(b, 0, StandardCharsets.UTF_8);
    }

    private static String strict(byte[] b, int offset, Charset charset) {
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
            if (text.indexOf('\u0000') >= 0) {
                throw new InvalidInput("file", "channels.import.error.unreadable");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInput("file", "channels.import.error.unreadable");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<ChannelRow> readCsv(String text) throws IOException {
        List<String> lines = text.lines().limit(2).toList();
        int skip = 0;
        String first = lines.isEmpty() ? "" : lines.get(0);
        if (first.toLowerCase(java.util.Locale.ROOT).startsWith("sep=")) {
            skip = 1;
            first = lines.size() > 1 ? lines.get(1) : "";
        }
        char delimiter = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<ChannelRow> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<Column, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (skip > 0 && record.getRecordNumber() <= skip) {
                    continue;
                }
                if (columns == null) {
                    columns = columnsOf(record.toList());
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                requireRowLimit(rows);
                int line = (int) record.getRecordNumber() - skip;
                rows.add(new ChannelRow(line, field(record, columns, Column.UNIT_CODE), field(record, columns, Column.KIND),
                        field(record, columns, Column.NAME), field(record, columns, Column.URL), field(record, columns, Column.PURPOSE),
                        field(record, columns, Column.LAUNCHED_ON), field(record, columns, Column.ADMINS)));
            }
            if (columns == null) {
                throw new InvalidInput("file", "channels.import.error.empty");
            }
        }
        return rows;
    }

    private static List<ChannelRow> readXlsx(byte[] content) throws IOException {
        List<ChannelRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false))) {
            Sheet sheet = workbook.getFirstSheet();
            Map<Column, Integer> columns = null;
            try (var stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    if (columns == null) {
                        List<String> header = new ArrayList<>();
                        for (int i = 0; i < row.getCellCount(); i++) {
                            header.add(row.getCellText(i));
                        }
                        if (header.stream().allMatch(h -> h == null || h.isBlank())) {
                            continue;
                        }
                        columns = columnsOf(header);
                        continue;
                    }
                    if (row.stream().allMatch(c -> c == null || c.getText() == null || c.getText().isBlank())) {
                        continue;
                    }
                    requireRowLimit(rows);
                    rows.add(new ChannelRow(row.getRowNum(), cell(row, columns, Column.UNIT_CODE), cell(row, columns, Column.KIND),
                            cell(row, columns, Column.NAME), cell(row, columns, Column.URL), cell(row, columns, Column.PURPOSE),
                            dateCell(row, columns), cell(row, columns, Column.ADMINS)));
                }
            }
            if (columns == null) {
                throw new InvalidInput("file", "channels.import.error.empty");
            }
        }
        return rows;
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

    private static void requireRowLimit(List<ChannelRow> rows) {
        if (rows.size() >= MAX_ROWS) {
            throw new InvalidInput("file", "channels.import.error.tooManyRows", MAX_ROWS);
        }
    }

    private static String cell(Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.getCellCount()) {
            return "";
        }
        String text = row.getCellText(index);
        return text == null ? "" : text.trim();
    }

    private static String dateCell(Row row, Map<Column, Integer> columns) {
        return SheetCells.date(row, columns.get(Column.LAUNCHED_ON));
    }

    private static String field(CSVRecord record, Map<Column, Integer> columns, Column column) {
        return SheetCells.field(record, columns.get(column));
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
