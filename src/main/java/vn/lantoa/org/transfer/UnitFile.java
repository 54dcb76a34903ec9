package vn.lantoa.org.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.InvalidInput;

/**
 * Reads a tree file, .xlsx or .csv, recognised by its content rather than its name. The first row
 * names the columns, in English or Vietnamese, in any order.
 */
public final class UnitFile {

    public static final int MAX_ROWS = 250_000;
    public static final int MAX_BYTES = 30 * 1024 * 1024;

    enum Column {
        CODE("code"), NAME("name"), LEVEL("level"), PARENT("parent code"), MEMBERS("members"), WOMEN("women"),
        COUNTED_ON("counted on");

        private final String header;

        Column(String header) {
            this.header = header;
        }
    }

    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        alias(Column.CODE, "code", "ma", "ma don vi");
        alias(Column.NAME, "name", "ten", "ten don vi");
        alias(Column.LEVEL, "level", "cap");
        alias(Column.PARENT, "parent code", "parent", "parent_code", "ma cap tren", "ma don vi cap tren", "don vi cap tren");
        alias(Column.MEMBERS, "members", "hoi vien", "so hoi vien");
        alias(Column.WOMEN, "women", "phu nu", "so phu nu");
        alias(Column.COUNTED_ON, "counted on", "counted_on", "ngay thong ke", "ngay");
    }

    private UnitFile() {
    }

    private static void alias(Column column, String... names) {
        for (String name : names) {
            HEADERS.put(name, column);
        }
    }

    public static List<UnitRow> read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput("file", "import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        try {
            return isZip(content) ? readXlsx(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("file", "import.error.unreadable");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<UnitRow> readXlsx(byte[] content) throws IOException {
        List<UnitRow> rows = new ArrayList<>();
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
                        columns = columnsOf(header);
                        continue;
                    }
                    if (isBlank(row)) {
                        continue;
                    }
                    requireRowLimit(rows);
                    rows.add(new UnitRow(row.getRowNum(), cell(row, columns, Column.CODE), cell(row, columns, Column.NAME),
                            cell(row, columns, Column.LEVEL), cell(row, columns, Column.PARENT),
                            cell(row, columns, Column.MEMBERS), cell(row, columns, Column.WOMEN), dateCell(row, columns)));
                }
            }
            if (columns == null) {
                throw new InvalidInput("file", "import.error.empty");
            }
        }
        return rows;
    }

    private static List<UnitRow> readCsv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0 || text.contains("\uFFFD")) {
            throw new InvalidInput("file", "import.error.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : count(firstLine, '\t') > count(firstLine, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<UnitRow> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<Column, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = columnsOf(record.toList());
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                requireRowLimit(rows);
                int line = (int) record.getRecordNumber();
                rows.add(new UnitRow(line, field(record, columns, Column.CODE), field(record, columns, Column.NAME),
                        field(record, columns, Column.LEVEL), field(record, columns, Column.PARENT),
                        field(record, columns, Column.MEMBERS), field(record, columns, Column.WOMEN),
                        field(record, columns, Column.COUNTED_ON)));
            }
            if (columns == null) {
                throw new InvalidInput("file", "import.error.empty");
            }
        }
        return rows;
    }

    private static Map<Column, Integer> columnsOf(List<String> header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Column column = HEADERS.get(VietnameseText.fold(header.get(i)).replace('_', ' '));
            if (column == null) {
                column = HEADERS.get(VietnameseText.fold(header.get(i)));
            }
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        for (Column required : List.of(Column.CODE, Column.NAME, Column.LEVEL, Column.PARENT)) {
            if (!columns.containsKey(required)) {
                throw new InvalidInput("file", "import.error.missingColumn", required.header);
            }
        }
        return columns;
    }

    private static void requireRowLimit(List<UnitRow> rows) {
        if (rows.size() >= MAX_ROWS) {
            throw new InvalidInput("file", "import.error.tooManyRows", MAX_ROWS);
        }
    }

    private static String cell(Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.getCellCount()) {
            return "";
        }
        return row.getCellText(index).trim();
    }

    private static String dateCell(Row row, Map<Column, Integer> columns) {
        Integer index = columns.get(Column.COUNTED_ON);
        if (index == null || index >= row.getCellCount() || row.getCell(index) == null) {
            return "";
        }
        var cell = row.getCell(index);
        if (cell.getType() == CellType.NUMBER && cell.getDataFormatString() != null) {
            try {
                return cell.asDate().toLocalDate().toString();
            } catch (RuntimeException notADate) {
                return cell.getText().trim();
            }
        }
        return cell.getText().trim();
    }

    private static String field(CSVRecord record, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null || index >= record.size() ? "" : record.get(index).trim();
    }

    private static boolean isBlank(Row row) {
        return row.stream().allMatch(c -> c == null || c.getText() == null || c.getText().isBlank());
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }
}
