package vn.lantoa.accountability.exports.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lantoa.accountability.exports.document.Sheet;
import vn.lantoa.accountability.exports.document.SheetCell;
import vn.lantoa.accountability.exports.document.Workbook;

/**
 * Writes the tabular model as .xlsx with POI's streaming workbook (rows go to disk past a window, so
 * a year of a national tree fits in little memory): a merged bold title, bold wrapped headers with a
 * frozen header row and a filter, number formats by cell kind, a bold total row, and A4 print setup
 * fitted to the page width with the header row repeated.
 */
public final class XlsxWriter {

    public static final String INTEGER_FORMAT = "#,##0";
    public static final String DECIMAL_FORMAT = "#,##0.00";
    public static final String PERCENT_FORMAT = "0.0%";
    public static final String DATE_FORMAT = "dd/mm/yyyy";
    private static final String FONT = "Times New Roman";

    public byte[] write(Workbook model) {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            for (Sheet sheet : model.sheets()) {
                sheet(book, styles, sheet);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            book.dispose();
            try {
                book.close();
            } catch (IOException ignored) {
                // nothing to release beyond the temporary files disposed of above
            }
        }
    }

    private static void sheet(SXSSFWorkbook book, Styles styles, Sheet model) {
        SXSSFSheet sheet = book.createSheet(model.name());
        int columns = model.columns().size();
        for (int c = 0; c < columns; c++) {
            sheet.setColumnWidth(c, Math.min(255, Math.max(4, model.columns().get(c).widthChars())) * 256);
        }
        int r = 0;
        for (String title : model.titleRows()) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(title);
            cell.setCellStyle(r == 0 ? styles.title : styles.subtitle);
            if (columns > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
            }
            r++;
        }
        int headerRow = model.headerRowIndex();
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < columns; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(model.columns().get(c).header());
            cell.setCellStyle(styles.header);
        }
        sheet.createFreezePane(0, headerRow + 1);
        r = headerRow + 1;
        for (List<SheetCell> cells : model.rows()) {
            row(sheet.createRow(r++), cells, styles, false);
        }
        if (!model.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, r - 1, 0, columns - 1));
        }
        if (model.totalRow() != null) {
            row(sheet.createRow(r), model.totalRow(), styles, true);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(columns > 6);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, 0, columns - 1));
    }

    private static void row(Row row, List<SheetCell> cells, Styles styles, boolean total) {
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = row.createCell(c);
            SheetCell value = cells.get(c);
            if (value instanceof SheetCell.Text t) {
                cell.setCellValue(t.value());
                cell.setCellStyle(total ? styles.totalText : styles.text);
            } else if (value instanceof SheetCell.Whole w) {
                cell.setCellValue(w.value());
                cell.setCellStyle(total ? styles.totalInteger : styles.integer);
            } else if (value instanceof SheetCell.Decimal d) {
                cell.setCellValue(d.value().doubleValue());
                cell.setCellStyle(total ? styles.totalDecimal : styles.decimal);
            } else if (value instanceof SheetCell.Percent p) {
                cell.setCellValue(p.fraction());
                cell.setCellStyle(total ? styles.totalPercent : styles.percent);
            } else if (value instanceof SheetCell.Day d) {
                cell.setCellValue(d.value());
                cell.setCellStyle(styles.date);
            } else {
                cell.setCellStyle(total ? styles.totalText : styles.text);
            }
        }
    }

    /** The workbook's cell styles, made once (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle subtitle;
        final CellStyle header;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle date;
        final CellStyle totalText;
        final CellStyle totalInteger;
        final CellStyle totalDecimal;
        final CellStyle totalPercent;

        Styles(SXSSFWorkbook book) {
            DataFormat formats = book.createDataFormat();
            Font plain = font(book, false, 12);
            Font bold = font(book, true, 12);
            title = book.createCellStyle();
            title.setFont(font(book, true, 14));
            title.setAlignment(HorizontalAlignment.CENTER);
            subtitle = book.createCellStyle();
            subtitle.setFont(font(book, false, 12));
            subtitle.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(book, bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(book, plain);
            text.setWrapText(true);
            integer = numeric(book, plain, formats.getFormat(INTEGER_FORMAT));
            decimal = numeric(book, plain, formats.getFormat(DECIMAL_FORMAT));
            percent = numeric(book, plain, formats.getFormat(PERCENT_FORMAT));
            date = numeric(book, plain, formats.getFormat(DATE_FORMAT));
            date.setAlignment(HorizontalAlignment.CENTER);
            totalText = bordered(book, bold);
            totalInteger = numeric(book, bold, formats.getFormat(INTEGER_FORMAT));
            totalDecimal = numeric(book, bold, formats.getFormat(DECIMAL_FORMAT));
            totalPercent = numeric(book, bold, formats.getFormat(PERCENT_FORMAT));
        }

        private static Font font(SXSSFWorkbook book, boolean bold, int size) {
            Font font = book.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) size);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(SXSSFWorkbook book, Font font) {
            CellStyle style = book.createCellStyle();
            style.setFont(font);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static CellStyle numeric(SXSSFWorkbook book, Font font, short format) {
            CellStyle style = bordered(book, font);
            style.setDataFormat(format);
            style.setAlignment(HorizontalAlignment.RIGHT);
            return style;
        }
    }
}
