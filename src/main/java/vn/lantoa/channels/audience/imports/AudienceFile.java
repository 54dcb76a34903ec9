package vn.lantoa.channels.audience.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.lantoa.channels.imports.SheetCells;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.InvalidInput;

/**
 * Reads an audience file, .xlsx or .csv (recognised by its content, not its name): a first row naming
 * the columns in English or Vietnamese, in any order (channel, day, audience required; non-members and
 * women % optional), then one figure per row. Also writes the empty template.
 */
public final class AudienceFile {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;

    /** A row as read: its line in the file and its cells as text. */
    public record Line(int line, String channel, String day, String audience, String nonMembers, String womenPercent) {
    }

    enum Column {
        CHANNEL("channel"), DAY("day"), AUDIENCE("audience"), NON_MEMBERS("non-members"), WOMEN("women %");

        final String header;

        Column(String header) {
            this.header = header;
        }
    }

    static final List<String> TEMPLATE_HEADERS = List.of("Kênh (địa chỉ hoặc mã)", "Ngày", "Số người theo dõi / thành viên",
            "Không phải hội viên", "Tỷ lệ nữ (%)");

    private static final Map<String, Column> HEADERS = new HashMap<>();

    static {
        alias(Column.CHANNEL, "channel", "channel id", "channel url", "url", "kenh", "kenh (dia chi hoac ma)", "dia chi", "dia chi kenh",
                "ma kenh", "id");
        alias(Column.DAY, "day", "date", "ngay");
        alias(Column.AUDIENCE, "audience", "followers", "members", "so nguoi theo doi / thanh vien", "so nguoi theo doi", "thanh vien",
                "so thanh vien", "luong theo doi");
        alias(Column.NON_MEMBERS, "non-members", "non members", "nonmembers", "khong phai hoi vien", "ngoai hoi");
        alias(Column.WOMEN, "women %", "women", "women percent", "ty le nu (%)", "ty le nu", "nu (%)", "nu %");
    }

    private AudienceFile() {
    }

    private static void alias(Column column, String... names) {
        for (String name : names) {
            HEADERS.put(name, column);
        }
    }

    public static List<Line> read(byte[] content) {
        if (content.length == 0) {
            throw new InvalidInput("file", "audience.import.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInput("file", "audience.import.error.tooLarge", MAX_BYTES / 1024 / 1024);
        }
        try {
            return isZip(content) ? readXlsx(content) : readCsv(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("file", "audience.import.error.unreadable");
        }
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<Line> readXlsx(byte[] content) throws IOException {
        List<Line> lines = new ArrayList<>();
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
                    if (row.stream().allMatch(c -> c == null || c.getText() == null || c.getText().isBlank())) {
                        continue;
                    }
                    requireRowLimit(lines);
                    lines.add(new Line(row.getRowNum(), cell(row, columns, Column.CHANNEL), dateCell(row, columns),
                            cell(row, columns, Column.AUDIENCE), cell(row, columns, Column.NON_MEMBERS), cell(row, columns, Column.WOMEN)));
                }
            }
            if (columns == null) {
                throw new InvalidInput("file", "audience.import.error.empty");
            }
        }
        return lines;
    }

    private static List<Line> readCsv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\u0000') >= 0 || text.contains("\uFFFD")) {
            throw new InvalidInput("file", "audience.import.error.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String first = text.lines().findFirst().orElse("");
        char delimiter = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
        List<Line> lines = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            Map<Column, Integer> columns = null;
            for (CSVRecord record : parser) {
                if (columns == null) {
                    columns = columnsOf(record.toList());
                    continue;
                }
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                requireRowLimit(lines);
                lines.add(new Line((int) record.getRecordNumber(), field(record, columns, Column.CHANNEL), field(record, columns, Column.DAY),
                        field(record, columns, Column.AUDIENCE), field(record, columns, Column.NON_MEMBERS),
                        field(record, columns, Column.WOMEN)));
            }
            if (columns == null) {
                throw new InvalidInput("file", "audience.import.error.empty");
            }
        }
        return lines;
    }

    private static Map<Column, Integer> columnsOf(List<String> header) {
        Map<Column, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String folded = VietnameseText.fold(header.get(i)).replace('_', ' ');
            Column column = HEADERS.get(folded);
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        for (Column required : List.of(Column.CHANNEL, Column.DAY, Column.AUDIENCE)) {
            if (!columns.containsKey(required)) {
                throw new InvalidInput("file", "audience.import.error.missingColumn", required.header);
            }
        }
        return columns;
    }

    private static void requireRowLimit(List<Line> lines) {
        if (lines.size() >= MAX_ROWS) {
            throw new InvalidInput("file", "audience.import.error.tooManyRows", MAX_ROWS);
        }
    }

    private static String cell(Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.getCellCount() || row.getCell(index) == null) {
            return "";
        }
        var cell = row.getCell(index);
        if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof java.math.BigDecimal n) {
            return n.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.trim();
    }

    private static String dateCell(Row row, Map<Column, Integer> columns) {
        return SheetCells.date(row, columns.get(Column.DAY));
    }

    private static String field(CSVRecord record, Map<Column, Integer> columns, Column column) {
        return SheetCells.field(record, columns.get(column));
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** The template: the header row and one example row. */
    public static byte[] templateCsv() {
        String csv = "\uFEFF" + String.join(",", TEMPLATE_HEADERS) + "\r\n" + "https://www.facebook.com/groups/vidu,2026-11-01,1514,170,92\r\n";
        return csv.getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] templateXlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Lan Tỏa", "1.0");
            Worksheet sheet = workbook.newWorksheet("Luong theo doi");
            for (int i = 0; i < TEMPLATE_HEADERS.size(); i++) {
                sheet.value(0, i, TEMPLATE_HEADERS.get(i));
                sheet.style(0, i).bold().set();
                sheet.width(i, i == 0 ? 48 : 22);
            }
            sheet.value(1, 0, "https://www.facebook.com/groups/vidu");
            sheet.value(1, 1, "2026-11-01");
            sheet.value(1, 2, 1514);
            sheet.value(1, 3, 170);
            sheet.value(1, 4, 92);
            workbook.finish();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
