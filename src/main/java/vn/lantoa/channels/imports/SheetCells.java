package vn.lantoa.channels.imports;

import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;

/** Reading one cell of an uploaded .xlsx row or CSV record as trimmed text, "" when the column is absent. */
public final class SheetCells {

    private SheetCells() {
    }

    /** A date cell as yyyy-MM-dd (Excel keeps dates as numbers with a date format), any other cell as its text. */
    public static String date(Row row, Integer index) {
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
        return cell.getText() == null ? "" : cell.getText().trim();
    }

    public static String field(CSVRecord record, Integer index) {
        return index == null || index >= record.size() ? "" : record.get(index).trim();
    }
}
