package vn.lantoa.channels.audience.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.lantoa.channels.imports.CsvTable;
import vn.lantoa.channels.imports.SheetTable;
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

    private static final SheetTable.Rules RULES = new SheetTable.Rules(MAX_BYTES, MAX_ROWS, "audience.import.error.empty",
            "audience.import.error.tooLarge", "audience.import.error.tooManyRows", "audience.import.error.unreadable", "channels.file.cut");

    public static List<Line> read(byte[] content) {
        CsvTable table = SheetTable.read(content, RULES, header -> Set.of(columnsOf(header).get(Column.DAY)));
        Map<Column, Integer> columns = columnsOf(table.header());
        return table.rows().stream().map(r -> new Line(r.line(), cell(r, columns, Column.CHANNEL), cell(r, columns, Column.DAY),
                cell(r, columns, Column.AUDIENCE), cell(r, columns, Column.NON_MEMBERS), cell(r, columns, Column.WOMEN))).toList();
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

    private static String cell(CsvTable.Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.value(index);
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
