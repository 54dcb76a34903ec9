package vn.lantoa.accountability.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.exports.web.StoriesSentSummary;
import vn.lantoa.accountability.period.ReportingPeriod;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.Stories;
import vn.lantoa.support.WebSession;

/** The export page, its files and who may have them; the numbers a union gives out. */
@IntegrationTest
class ExportsPageTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgDirectory org;

    @Autowired
    StoriesSentSummary summary;

    private UnitRef province() {
        return org.unitByCode("TH").orElseThrow();
    }

    private long sent(ReportingPeriod period, String code) {
        return summary.of(province(), period).rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().sent();
    }

    static java.util.List<String> htmlErrors(String html) {
        return HtmlChecker.staffPageErrors(html);
    }

    /** A second province under the root, made once per database. */
    private long otherProvince() {
        UnitRef root = org.root().orElseThrow();
        var existing = jdbc.sql("select id from unit where code = 'XP-EXPORTS'").query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        long id = jdbc.sql("""
                insert into unit (code, name, name_folded, level, parent_id, path, depth)
                values ('XP-EXPORTS', 'Hội LHPN tỉnh Kiểm Thử', 'hoi lhpn tinh kiem thu', 'PROVINCE', :root, 'x', 1) returning id""")
                .param("root", root.id()).query(Long.class).single();
        jdbc.sql("update unit set path = :path where id = :id").param("path", root.path() + id + "/").param("id", id).update();
        return id;
    }

    @Test
    void aStorySentLateOnTheLastEveningOfAQuarterCountsInThatQuarterForItsCommune() {
        ReportingPeriod q1 = ReportingPeriod.parse("2026-Q1").orElseThrow();
        ReportingPeriod q2 = q1.next();
        long q1Before = sent(q1, "TH-020");
        long q2Before = sent(q2, "TH-020");
        long othersBefore = sent(q1, "TH-001");
        Stories stories = new Stories(port, jdbc);
        long id = stories.draft("canbo.hoanghoa", Stories.uniqueTitle("Xuất báo cáo"));
        stories.moveOk("canbo.hoanghoa", id, "SUBMIT", "SUBMITTED");
        jdbc.sql("update story set submitted_at = timestamptz '2026-03-31 23:30:00+07' where id = :id").param("id", id).update();
        assertThat(sent(q1, "TH-020")).isEqualTo(q1Before + 1);
        assertThat(sent(q2, "TH-020")).isEqualTo(q2Before);
        assertThat(sent(q1, "TH-001")).isEqualTo(othersBefore);
        jdbc.sql("update story set submitted_at = timestamptz '2026-04-01 00:00:00+07' where id = :id").param("id", id).update();
        assertThat(sent(q1, "TH-020")).isEqualTo(q1Before);
        assertThat(sent(q2, "TH-020")).isEqualTo(q2Before + 1);
    }

    @Test
    void theProvincesEditorSeesThePageAndDownloadsTheThreeFiles() throws Exception {
        WebSession editor = WebSession.login(port, "bientap");
        WebSession.Page page = editor.get("/accountability/exports?period=2026-Q2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(htmlErrors(page.body())).isEmpty();
        Document html = Jsoup.parse(page.body());
        assertThat(html.select(".accountability-tabs .nav-link.active").text()).isEqualTo("Xuất báo cáo");
        assertThat(html.select("#period option[selected]").attr("value")).isEqualTo("2026-Q2");
        assertThat(html.select("tr[data-unit-code=TH-020] .stories-sent").text()).isEqualTo(Long.toString(sent(ReportingPeriod.parse("2026-Q2").orElseThrow(), "TH-020")));
        assertThat(html.select("a[href*=format=pdf]")).hasSize(1);
        assertThat(html.select("form[action$=/issue]")).as("editors do not issue").isEmpty();

        HttpResponse<byte[]> xlsx = editor.download("/accountability/exports/file?period=2026-Q2&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml");
        String disposition = xlsx.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment; filename=\"Ket-qua-cong-tac-thong-tin-truyen-thong-quy-II-2026-Hoi-LHPN-tinh-Thanh-Hoa.xlsx\"");
        String utf8 = URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7), StandardCharsets.UTF_8);
        assertThat(utf8).isEqualTo("Kết quả công tác thông tin, truyền thông quý II-2026 - Hội LHPN tỉnh Thanh Hóa.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("HỘI LHPN TỈNH THANH HÓA");
            boolean found = false;
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                if ("TH-020".equals(sheet.getRow(r).getCell(1).getStringCellValue())) {
                    assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("Hội LHPN xã Hoằng Hóa");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }

        HttpResponse<byte[]> docx = editor.download("/accountability/exports/file?period=2026-Q2&format=docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            String left = doc.getTables().get(0).getRow(0).getCell(0).getText();
            assertThat(left).contains("HỘI LHPN TỈNH THANH HÓA").contains("Số:       /BC-HLHPN");
            assertThat(doc.getTables().get(1).getText()).contains("Hội LHPN xã Hoằng Hóa");
        }

        HttpResponse<byte[]> pdf = editor.download("/accountability/exports/file?period=2026-Q2&format=pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hội LHPN xã Hoằng Hóa", "Kết quả công tác thông tin, truyền thông quý II/2026",
                    "Lê Thị Thanh Hương");
        }
        assertThat(editor.download("/accountability/exports/file?period=2026-Q9&format=pdf").statusCode()).isEqualTo(400);
        assertThat(editor.download("/accountability/exports/file?period=2026-Q2&format=exe").statusCode()).isEqualTo(400);
    }

    @Test
    void communeOfficersAndOtherProvincesAreRefused() {
        assertThat(WebSession.login(port, "canbo.hoanghoa").get("/accountability/exports").status()).isEqualTo(403);
        assertThat(WebSession.login(port, "quantri.hacthanh").get("/accountability/exports").status()).isEqualTo(403);
        assertThat(WebSession.login(port, "canbo.hacthanh").download("/accountability/exports/file?period=2026-Q2&format=pdf").statusCode())
                .isEqualTo(403);
        long other = otherProvince();
        WebSession editor = WebSession.login(port, "bientap");
        assertThat(editor.get("/accountability/exports?unit=" + other).status()).isEqualTo(403);
        assertThat(editor.download("/accountability/exports/file?unit=" + other + "&period=2026-Q2&format=xlsx").statusCode()).isEqualTo(403);
        assertThat(editor.post("/accountability/exports/issue", Map.of("period", "2026-Q2", "format", "pdf")).status()).isEqualTo(403);
        WebSession central = WebSession.login(port, "quantri.tw");
        assertThat(central.get("/accountability/exports?unit=" + other).status()).as("the central union sees every province").isEqualTo(200);
    }

    @Test
    void issuingTakesTheNextNumberOfTheYearAndEntersItInTheRegister() throws Exception {
        WebSession leadership = WebSession.login(port, "thuongtruc");
        leadership.get("/accountability/exports?period=2026-Q2");
        int year = java.time.LocalDate.now(ReportingPeriod.ZONE).getYear();
        HttpResponse<String> first = leadership.post("/accountability/exports/issue", Map.of("period", "2026-Q2", "format", "pdf")).response();
        assertThat(first.statusCode()).isEqualTo(200);
        int n1 = jdbc.sql("select last_number from official_document_counter where owner_unit_id = :u and year = :y")
                .param("u", province().id()).param("y", year).query(Integer.class).single();
        WebSession admin = WebSession.login(port, "quantri");
        admin.get("/accountability/exports");
        HttpResponse<byte[]> second = admin.download("/accountability/exports/file?period=2026-Q2&format=pdf");
        assertThat(second.statusCode()).as("a draft takes no number").isEqualTo(200);
        assertThat(jdbc.sql("select last_number from official_document_counter where owner_unit_id = :u and year = :y")
                .param("u", province().id()).param("y", year).query(Integer.class).single()).isEqualTo(n1);
        assertThat(admin.post("/accountability/exports/issue", Map.of("period", "2026-Q2", "format", "docx")).status()).isEqualTo(200);
        var register = jdbc.sql("select number, number_text from official_document_issue where owner_unit_id = :u and year = :y order by number")
                .param("u", province().id()).param("y", year).query().listOfRows();
        assertThat(register.get(register.size() - 1).get("number")).isEqualTo(n1 + 1);
        String expected = (n1 + 1 < 10 ? "0" : "") + (n1 + 1) + "/BC-HLHPN";
        assertThat(register.get(register.size() - 1).get("number_text")).isEqualTo(expected);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'OFFICIAL_DOCUMENT_ISSUED' and details like :t")
                .param("t", expected + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theAdminEditsTheTemplateWithValidationAndALivePreview() {
        WebSession admin = WebSession.login(port, "quantri");
        WebSession.Page page = admin.get("/admin/accountability/documents");
        assertThat(page.status()).isEqualTo(200);
        assertThat(htmlErrors(page.body())).isEmpty();
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("#issuingBody").val()).isEqualTo("HỘI LHPN TỈNH THANH HÓA");
        assertThat(html.select("#document-preview .preview-number").text()).isEqualTo("Số: 01/BC-HLHPN");
        Map<String, String> form = new HashMap<>();
        for (var input : html.select("form#document-settings input[name], form#document-settings textarea[name]")) {
            if (!input.attr("type").equals("checkbox")) {
                form.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
            }
        }
        form.put("autoNumber", "true");
        form.remove("_csrf");
        form.put("numberPattern", "BC-{code}");
        form.put("signerName", "Nguyễn Thị Kiểm Thử");
        WebSession.Page refused = admin.post("/admin/accountability/documents", form);
        assertThat(refused.status()).isEqualTo(200);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.select("#numberPattern-error").text()).isEqualTo("Mẫu số, ký hiệu phải có {number}.");
        assertThat(again.select("#signerName").val()).as("what was typed is kept").isEqualTo("Nguyễn Thị Kiểm Thử");
        assertThat(htmlErrors(refused.body())).isEmpty();

        form.put("numberPattern", "{number}/BC-{code}");
        form.put("signerName", "x".repeat(101));
        assertThat(Jsoup.parse(admin.post("/admin/accountability/documents", form).body()).select("#signerName-error").text())
                .isEqualTo("Dài tối đa 100 ký tự.");

        WebSession.Page preview = admin.htmx("/admin/accountability/documents/preview?numberPattern=%7Bnumber%7D%2F%7Byear%7D%2FBC-%7Bcode%7D"
                + "&shortCode=HLHPN&place=Thanh%20H%C3%B3a&issuingBody=H%E1%BB%99i&autoNumber=true");
        assertThat(preview.status()).isEqualTo(200);
        int year = java.time.LocalDate.now(ReportingPeriod.ZONE).getYear();
        assertThat(Jsoup.parse(preview.body()).select(".preview-number").text()).isEqualTo("Số: 01/" + year + "/BC-HLHPN");
        assertThat(Jsoup.parse(preview.body()).select(".preview-date").text()).startsWith("Thanh Hóa, ngày ");

        assertThat(WebSession.login(port, "quantri.hacthanh").get("/admin/accountability/documents").status()).isEqualTo(403);
        assertThat(WebSession.login(port, "bientap").get("/admin/accountability/documents").status()).isEqualTo(403);
    }

    @Test
    void savingTheTemplateChangesTheNextExport() throws Exception {
        Map<String, Object> before = jdbc.sql("select * from official_document_setting where owner_unit_id = :u")
                .param("u", province().id()).query().singleRow();
        try {
            WebSession admin = WebSession.login(port, "quantri");
            Document html = Jsoup.parse(admin.get("/admin/accountability/documents").body());
            Map<String, String> form = new HashMap<>();
            for (var input : html.select("form#document-settings input[name], form#document-settings textarea[name]")) {
                if (!input.attr("type").equals("checkbox") && !input.attr("name").equals("_csrf")) {
                    form.put(input.attr("name"), input.tagName().equals("textarea") ? input.text() : input.val());
                }
            }
            form.put("signerTitle", "Chủ tịch");
            form.put("signerName", "Trần Thị Mẫu Đơn");
            form.put("recipients", "Ban Thường vụ Tỉnh ủy (b/c)");
            WebSession.Page saved = admin.post("/admin/accountability/documents", form);
            assertThat(saved.status()).as(saved.body()).isEqualTo(302);
            assertThat(admin.post("/admin/accountability/documents", form).status()).as("a stale version is refused").isEqualTo(200);
            try (PDDocument doc = Loader.loadPDF(admin.download("/accountability/exports/file?period=2026-Q2&format=pdf").body())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("CHỦ TỊCH", "Trần Thị Mẫu Đơn", "- Ban Thường vụ Tỉnh ủy (b/c);");
            }
        } finally {
            jdbc.sql("""
                    update official_document_setting set signer_title = :signer_title, signer_name = :signer_name, recipients = :recipients,
                      auto_number = true where owner_unit_id = :owner_unit_id""").params(before).update();
        }
    }
}
