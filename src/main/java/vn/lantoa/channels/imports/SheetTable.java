package vn.lantoa.channels.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import vn.lantoa.common.web.InvalidInput;

/**
 * An uploaded spreadsheet, .xlsx (its first sheet) or CSV (any encoding {@link DecodedText} reads),
 * told apart by its content rather than its name, as a header row and the rows under it: every cell as
 * trimmed text, a number without trailing zeros, a cell of a date column as yyyy-MM-dd; blank rows left
 * out; each row with the line people see in their spreadsheet. The caller's layout reads the header:
 * it refuses a header without the columns it needs (by throwing) and names its date columns.
 */
public final class SheetTable {

    /** The limits of an import and the message keys of its refusals (the limits are their arguments). */
    public record Rules(int maxBytes, int maxRows, String emptyKey, String tooLargeKey, String tooManyRowsKey, String unreadableKey,
                        String cutKey) {
    }

    private SheetTable() {
    }

    /**
     * The rows of the file. dateColumns reads the header (and throws when it lacks a column) and gives the
     * indexes of the columns holding dates.
     */
    public static CsvTable read(byte[] content, Rules rules, Function<List<String>, Set<Integer>> dateColumns) {
        if (content.length == 0) {
            throw new InvalidInput("file", rules.emptyKey());
        }
        if (content.length > rules.maxBytes()) {
            throw new InvalidInput("file", rules.tooLargeKey(), rules.maxBytes() / 1024 / 1024);
        }
        try {
            CsvTable table = isZip(content) ? xlsx(content, rules, dateColumns) : csv(content, rules, dateColumns);
            if (table.isCut()) {
                throw new InvalidInput("file", rules.cutKey(), table.cutAtLine());
            }
            return table;
        } catch (InvalidInput invalid) {
            throw invalid;
        } catch (IOException | RuntimeException e) {
            throw new InvalidInput("file", rules.unreadableKey());
        }
    }

    private static CsvTable csv(byte[] content, Rules rules, Function<List<String>, Set<Integer>> dateColumns) {
        CsvTable table;
        try {
            table = CsvTable.read(DecodedText.of(content), rules.maxRows(), rules.tooManyRowsKey());
        } catch (InvalidInput unreadable) {
            if (unreadable.messageKey().equals("channels.file.empty")) {
                throw new InvalidInput("file", rules.emptyKey());
            }
            if (unreadable.messageKey().equals(rules.tooManyRowsKey())) {
                throw unreadable;
            }
            throw new InvalidInput("file", rules.unreadableKey());
        }
        dateColumns.apply(table.header());
        List<CsvTable.Row> rows = table.rows().stream()
                .map(r -> new CsvTable.Row(r.line(), r.values().stream().map(String::strip).toList())).toList();
        return new CsvTable(table.header(), rows, table.separator(), table.cutAtLine());
    }

    private static CsvTable xlsx(byte[] content, Rules rules, Function<List<String>, Set<Integer>> dateColumns) throws IOException {
        List<String> header = null;
        Set<Integer> dates = Set.of();
        List<CsvTable.Row> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(true, false));
             var stream = workbook.getFirstSheet().openStream()) {
            for (Row row : (Iterable<Row>) stream::iterator) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i), dates.contains(i)));
                }
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    dates = dateColumns.apply(header);
                    continue;
                }
                if (rows.size() >= rules.maxRows()) {
                    throw new InvalidInput("file", rules.tooManyRowsKey(), rules.maxRows());
                }
                rows.add(new CsvTable.Row(row.getRowNum(), cells));
            }
        }
        if (header == null) {
            throw new InvalidInput("file", rules.emptyKey());
        }
        return new CsvTable(header, rows, ',', 0);
    }

    /** A date cell as yyyy-MM-dd (Excel keeps dates as numbers with a date format), a number as written, any other cell as its text. */
    private static String text(Cell cell, boolean dateColumn) {
        if (cell == null) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            if (dateColumn && cell.getDataFormatString() != null) {
                try {
                    return cell.asDate().toLocalDate().toString();
                } catch (RuntimeException notADate) {
                    return cell.getText().trim();
                }
            }
            if (cell.getValue() instanceof BigDecimal n) {
                return n.stripTrailingZeros().toPlainString();
            }
        }
        return cell.getText() == null ? "" : cell.getText().trim();
    }

    private static boolean isZip(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }
}
