package vn.lantoa.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.transfer.UnitFile;
import vn.lantoa.org.transfer.UnitRow;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** Importing a tree file through the pages: preview, every bad row reported, all or nothing; and export. */
@IntegrationTest
class ImportExportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private long unitCount() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    private String importPage(WebSession web, String csv) {
        var upload = web.upload("/admin/units/import", "file", "don-vi.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(upload.status()).as(upload.body()).isEqualTo(302);
        return upload.location().replaceFirst("^https?://[^/]+", "");
    }

    @Test
    void aFileWithErrorsReportsEveryBadRowAndChangesNothing() {
        WebSession web = WebSession.login(port, "quantri");
        long before = unitCount();
        String csv = """
                code,name,level,parent code,members,women
                E1,Chi hội thôn Một,Chi hội,KHONG-CO,10,20
                E2,Chi hội thôn Hai,Chi hội,TH-003,10,20
                E2,Chi hội thôn Hai lặp,Chi hội,TH-003,10,20
                E3,Chi hội dưới tỉnh,Chi hội,TH,10,20
                E4,Chi hội số sai,Chi hội,TH-003,abc,20
                """;
        String preview = importPage(web, csv);
        var page = web.get(preview);
        assertThat(page.body()).contains("Có 4 dòng lỗi",
                "Không tìm thấy đơn vị cấp trên có mã &quot;KHONG-CO&quot;",
                "Mã E2 trùng với dòng 3.",
                "Sai thứ tự cấp: Chi hội không thể trực thuộc Tỉnh/thành phố.",
                "Cột số hội viên: &quot;abc&quot; không phải là số nguyên.")
                .doesNotContain("Áp dụng tất cả");
        assertThat(page.body()).containsPattern("<td>2</td>\\s*<td>E1</td>").containsPattern("<td>4</td>\\s*<td>E2</td>")
                .containsPattern("<td>5</td>\\s*<td>E3</td>").containsPattern("<td>6</td>\\s*<td>E4</td>");
        var apply = web.post(preview + "/apply", Map.of());
        assertThat(apply.body()).contains("Tệp còn 4 dòng lỗi");
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void aCleanFileIsPreviewedThenAppliedWithProgressAndAudited() throws InterruptedException {
        WebSession web = WebSession.login(port, "quantri");
        String a = "N-" + UUID.randomUUID().toString().substring(0, 6);
        String csv = "code,name,level,parent code,members,women\n"
                + a + ",Chi hội thôn Mới,Chi hội,TH-004,1.200,1500\n"
                + a + "-1,Tổ phụ nữ số 1,Tổ,"  + a + ",25,\n"
                + "TH-004,Hội LHPN phường Đông Sơn,Xã,TH,,\n";
        String preview = importPage(web, csv);
        var page = web.get(preview);
        assertThat(page.body()).contains("2 đơn vị mới, 0 đơn vị thay đổi", "1 không đổi", "Áp dụng tất cả");
        var apply = web.post(preview + "/apply", Map.of());
        assertThat(apply.status()).isEqualTo(302);
        String progress = "";
        for (int i = 0; i < 50 && !progress.contains("Đã nhập xong"); i++) {
            Thread.sleep(200);
            progress = web.htmx(preview + "/progress").body();
        }
        assertThat(progress).contains("Đã nhập xong: 2 đơn vị mới, 0 đơn vị cập nhật.");
        var branch = ApiClient.as(port, "quantri").get("/api/v1/units?q=" + a).json();
        assertThat(branch).hasSize(2);
        assertThat(branch.get(0).get("ancestry").asString()).contains("Hội LHPN phường Đông Sơn");
        assertThat(web.post(preview + "/apply", Map.of()).body()).contains("đã được áp dụng");
        assertThat(web.get("/admin/audit?action=UNITS_IMPORTED").body()).contains("don-vi.csv", "created=2");
    }

    @Test
    void unreadableFilesAreRefusedWithAReason() {
        WebSession web = WebSession.login(port, "quantri");
        var text = web.upload("/admin/units/import", "file", "anh.xlsx", "đây không phải bảng tính".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(200);
        assertThat(text.body()).contains("Tệp thiếu cột");
        var empty = web.upload("/admin/units/import", "file", "rong.csv", new byte[0]);
        assertThat(empty.body()).contains("Hãy chọn một tệp .xlsx hoặc .csv.");
        var zip = web.upload("/admin/units/import", "file", "hong.xlsx", new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9});
        assertThat(zip.body()).contains("Không đọc được tệp.");
    }

    @Test
    void theExportReadsBackAsTheSameTree() {
        WebSession web = WebSession.login(port, "quantri");
        long commune = ApiClient.as(port, "quantri").get("/api/v1/units?q=TH-005").json().get(0).get("id").asLong();
        var response = web.download("/admin/units/" + commune + "/export.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("TH-005");
        List<UnitRow> rows = UnitFile.read(response.body());
        long inSubtree = jdbc.sql("select count(*) from unit where path like (select path from unit where id = ?) || '%'")
                .param(commune).query(Long.class).single();
        assertThat(rows).hasSize((int) inSubtree);
        assertThat(rows.get(0).code()).isEqualTo("TH-005");
        assertThat(rows.get(0).level()).isEqualTo("Xã/phường");
        assertThat(rows.get(1).parentCode()).isEqualTo("TH-005");
        String reimport = importPage(web, toCsv(rows));
        assertThat(web.get(reimport).body()).as("an unedited export changes nothing")
                .contains("0 đơn vị mới, 0 đơn vị thay đổi", inSubtree + " không đổi");
    }

    private static String toCsv(List<UnitRow> rows) {
        StringBuilder csv = new StringBuilder("code,name,level,parent code,members,women,counted on\n");
        rows.forEach(r -> csv.append(String.join(",", r.code(), "\"" + r.name() + "\"", r.level(), r.parentCode(),
                r.members(), r.women(), r.countedOn())).append('\n'));
        return csv.toString();
    }
}
