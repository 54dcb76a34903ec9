package vn.lantoa.accountability.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * The province's summary and its emulation ranking as files: the figures of the compliance board
 * and the ranking, read back from the .docx, .pdf and .xlsx for a province whose every story is known.
 */
@IntegrationTest
class ProvinceSummaryExportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static Instant vietnam(String local) {
        return LocalDateTime.parse(local).atZone(ReportingPeriod.ZONE).toInstant();
    }

    @Test
    void theSummaryCarriesQuotasTimelinessAndEveryUnitsResult() throws Exception {
        Fixture fx = new Fixture(jdbc);
        Fixture.Province p = fx.province(2);
        UnitRef busy = p.communes().get(0);
        UnitRef quiet = p.communes().get(1);
        fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 2, "QUARTER", "SUBMISSION_DATE", 50, LocalDate.of(2025, 1, 1));
        fx.submitted(busy, vietnam("2025-10-02T09:00"));
        long major = fx.submitted(busy, vietnam("2025-11-02T09:00"));
        fx.majorEvent(major, vietnam("2025-11-03T09:00"), vietnam("2025-11-02T09:00"));
        fx.submitted(quiet, vietnam("2025-12-31T23:59"));

        WebSession admin = WebSession.login(port, "quantri.tw");
        String query = "?unit=" + p.province().id() + "&period=2025-Q4&format=";

        HttpResponse<byte[]> docx = admin.download("/accountability/exports/file" + query + "docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Kết quả công tác thông tin, truyền thông quý IV/2025", "THỰC HIỆN ĐỊNH MỨC TIN, BÀI",
                    "1/2 đơn vị đạt (50%); yêu cầu 50% đơn vị đạt — đạt yêu cầu",
                    "Tin, bài về sự kiện lớn: 1 tin, bài; 1 tin, bài đến Ban biên tập trong 12 giờ làm việc (đạt 100%",
                    "BÁO CÁO THÁNG CỦA CÁC CƠ SỞ HỘI");
            XWPFTable quotas = doc.getTables().stream().filter(t -> t.getText().contains("ĐM 1 (đạt/yêu cầu)")).findFirst().orElseThrow();
            assertThat(rowOf(quotas, busy.name())).containsExactly("1", busy.name(), "2/2", "Đạt");
            assertThat(rowOf(quotas, quiet.name())).containsExactly("2", quiet.name(), "1/2", "Không đạt");
        }

        try (PDDocument doc = Loader.loadPDF(admin.download("/accountability/exports/file" + query + "pdf").body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("THỰC HIỆN ĐỊNH MỨC TIN, BÀI", quiet.name(), "Không đạt");
        }

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(admin.download("/accountability/exports/file" + query + "xlsx").body()))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Tin bài đã gửi", "Định mức", "Báo cáo tháng", "Số liệu cộng dồn");
            XSSFSheet quotas = book.getSheet("Định mức");
            Row quietRow = rowWith(quotas, quiet.code());
            assertThat(quietRow.getCell(3).getNumericCellValue()).isEqualTo(1);
            assertThat(quietRow.getCell(4).getNumericCellValue()).isEqualTo(2);
            assertThat(quietRow.getCell(5).getStringCellValue()).isEqualTo("Không đạt");
        }
    }

    @Test
    void theEmulationRankingIsExportedWithEachUnitsFigures() throws Exception {
        Fixture fx = new Fixture(jdbc);
        Fixture.Province p = fx.province(2);
        UnitRef first = p.communes().get(0);
        UnitRef second = p.communes().get(1);
        fx.rule(p.province(), UnitLevel.COMMUNE, "SUBMITTED", 1, "QUARTER", "SUBMISSION_DATE", null, LocalDate.of(2025, 1, 1));
        for (String day : new String[] {"2025-02-01", "2025-05-01", "2025-08-01", "2025-11-01"}) {
            fx.submitted(first, vietnam(day + "T09:00"));
        }
        fx.submitted(second, vietnam("2025-02-01T09:00"));

        WebSession admin = WebSession.login(port, "quantri.tw");
        String query = "/accountability/exports/emulation?unit=" + p.province().id() + "&year=2025&format=";
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(admin.download(query + "xlsx").body()))) {
            XSSFSheet sheet = book.getSheet("Thi đua");
            assertThat(rowWith(sheet, first.code()).getCell(0).getStringCellValue()).isEqualTo("1");
            assertThat(rowWith(sheet, second.code()).getCell(0).getStringCellValue()).isEqualTo("2");
            assertThat(rowWith(sheet, second.code()).getCell(3).getNumericCellValue()).as("1 of 4 quarters met").isEqualTo(0.25);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(admin.download(query + "docx").body()))) {
            String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertThat(text).contains("Kết quả chấm điểm thi đua công tác thông tin, truyền thông năm 2025", "TIÊU CHÍ VÀ TRỌNG SỐ",
                    "Định mức tin bài: trọng số 35.", first.name(), second.name());
        }
        try (PDDocument doc = Loader.loadPDF(admin.download(query + "pdf").body())) {
            // names may wrap inside their narrow column; the scores, in Vietnamese decimals, do not
            assertThat(new PDFTextStripper().getText(doc)).contains("KẾT QUẢ XẾP HẠNG", "100,0", "25,0");
        }
        assertThat(admin.download(query.replace("year=2025", "year=1999") + "pdf").statusCode()).isEqualTo(400);
        assertThat(WebSession.login(port, "canbo.hacthanh").download(query + "pdf").statusCode()).isEqualTo(403);
    }

    private static List<String> rowOf(XWPFTable table, String unitName) {
        return table.getRows().stream().filter(r -> r.getTableCells().size() > 1 && r.getCell(1).getText().equals(unitName))
                .findFirst().orElseThrow().getTableCells().stream().map(c -> c.getText().strip()).toList();
    }

    private static Row rowWith(XSSFSheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && code.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(code + " not in " + sheet.getSheetName());
    }
}
