package vn.lantoa.accountability.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.lantoa.accountability.exports.document.Sheet;
import vn.lantoa.accountability.exports.document.SheetCell;
import vn.lantoa.accountability.exports.document.Workbook;
import vn.lantoa.accountability.exports.render.XlsxWriter;

/** The spreadsheet opened back with POI: values, number formats, the frozen header and the print setup. */
class XlsxWriterTest {

    @Test
    void cellsKeepTheirTypesAndFormats() throws IOException {
        Sheet sheet = Sheet.builder("Tin bài quý IV/2026")
                .title("HỘI LHPN TỈNH THANH HÓA").title("Số tin bài các cơ sở Hội đã gửi – Quý IV/2026")
                .column("TT", 5).column("Đơn vị", 40).column("Tin bài", 12).column("Điểm", 10).column("Tỷ lệ", 10).column("Ngày", 12)
                .row(SheetCell.whole(1), SheetCell.text("Hội LHPN xã Hoằng Hóa"), SheetCell.whole(1234), SheetCell.decimal(8.5),
                        SheetCell.percent(1, 4), SheetCell.date(LocalDate.of(2026, 1, 5)))
                .row(SheetCell.whole(2), SheetCell.text("Hội LHPN phường Hạc Thành"), SheetCell.whole(0), SheetCell.decimal(7.25),
                        SheetCell.percent(0, 0), SheetCell.empty())
                .total(SheetCell.empty(), SheetCell.text("Tổng cộng"), SheetCell.whole(1234), SheetCell.empty(), SheetCell.percent(1),
                        SheetCell.empty())
                .build();
        byte[] bytes = new XlsxWriter().write(Workbook.of(sheet));
        Files.createDirectories(OfficialDocumentRenderingTest.OUT);
        Files.write(OfficialDocumentRenderingTest.OUT.resolve("sample.xlsx"), bytes);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet s = book.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Tin bài quý IV-2026");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("HỘI LHPN TỈNH THANH HÓA");
            assertThat(s.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(s.getMergedRegions()).anyMatch(r -> r.getFirstRow() == 0 && r.getLastColumn() == 5);
            assertThat(sheet.headerRowIndex()).isEqualTo(3);
            XSSFCell head = s.getRow(3).getCell(1);
            assertThat(head.getStringCellValue()).isEqualTo("Đơn vị");
            assertThat(head.getCellStyle().getFont().getBold()).isTrue();
            PaneInformation pane = s.getPaneInformation();
            assertThat(pane).isNotNull();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).as("rows frozen above the data").isEqualTo((short) 4);

            var row = s.getRow(4);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Hội LHPN xã Hoằng Hóa");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1234);
            assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(8.5);
            assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.25);
            assertThat(row.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(s.getRow(5).getCell(4).getStringCellValue()).as("no share without a whole").isEmpty();
            var total = s.getRow(6);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng");
            assertThat(total.getCell(2).getCellStyle().getFont().getBold()).isTrue();
            assertThat(s.getColumnWidth(1)).isEqualTo(40 * 256);
            assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(s.getFitToPage()).isTrue();
        }
    }
}
