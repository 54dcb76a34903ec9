package vn.lantoa.channels.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** A unit officer imports the roster from .xlsx: preview with new, repeated and bad rows, confirmation, and the same file twice adds nobody. */
@IntegrationTest
class RosterImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static byte[] xlsx(String sfx, String branchCode) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Cán bộ");
        String[][] rows = {
                {"Họ và tên", "Chức vụ", "Số điện thoại", "Trang Facebook", "Mã đơn vị"},
                {"Phạm Thị Nhập " + sfx, "Chi hội trưởng", "0912 000 111", "https://www.facebook.com/pham.nhap." + sfx.toLowerCase(), ""},
                {"Vũ Thị Chi Hội " + sfx, "Tổ trưởng tổ phụ nữ", "", "", branchCode},
                {"Phạm Thị Nhập " + sfx, "Chi hội trưởng", "0912.000.111", "", ""},
                {"", "Hội viên nòng cốt", "0912000222", "", ""},
                {"Mai Thị Ngoài " + sfx, "", "", "", "TH-020"},
                {"Đinh Thị Số Sai " + sfx, "", "số nhà 5", "", ""}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                sheet.value(r, c, rows[r][c]);
            }
        }
        workbook.finish();
        return out.toByteArray();
    }

    @Test
    void anOfficerImportsTheRosterOnceEvenWhenTheFileComesTwice() throws IOException {
        ParticipationFixture f = new ParticipationFixture(jdbc);
        var hacThanh = f.byCode("TH-001");
        var branch = f.child(hacThanh, "BRANCH", "Chi hội Nhập Tệp");
        String sfx = ParticipationFixture.suffix();
        byte[] file = xlsx(sfx, branch.code());
        WebSession officer = WebSession.login(port, "canbo.hacthanh");
        assertThat(officer.get("/channels/participation/units/" + hacThanh.id() + "/roster-import").status()).isEqualTo(200);

        var uploaded = officer.upload("/channels/participation/units/" + hacThanh.id() + "/roster-import", "file", "can-bo.xlsx", file);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(302);
        String preview = uploaded.location().replaceFirst("^https?://[^/]+", "");
        var shown = officer.get(preview);
        assertThat(shown.body()).contains("2 người mới", "0 người đã có trong danh sách", "1 dòng lặp lại", "3 dòng lỗi (không được nhập)",
                "Hãy nhập họ và tên.", "Mã đơn vị „TH-020“ không phải là đơn vị thuộc Hội LHPN phường Hạc Thành.",
                "„số nhà 5“ không phải là số điện thoại.", "giống hệt dòng 2", "Thêm 2 người");
        assertThat(HtmlChecker.staffPageErrors(shown.body())).isEmpty();
        assertThat(officer.post(preview + "/confirm", Map.of()).status()).isEqualTo(302);
        assertThat(officer.get(preview).body()).contains("Đã thêm 2 người vào danh sách.");
        assertThat(jdbc.sql("select count(*) from participation_cadre where full_name like ? and active").param("%" + sfx).query(Long.class)
                .single()).isEqualTo(2L);
        assertThat(jdbc.sql("select unit_id from participation_cadre where full_name = ?").param("Vũ Thị Chi Hội " + sfx).query(Long.class)
                .single()).as("a unit code places the person in the branch").isEqualTo(branch.id());

        String again = officer.upload("/channels/participation/units/" + hacThanh.id() + "/roster-import", "file", "can-bo.xlsx", file)
                .location().replaceFirst("^https?://[^/]+", "");
        assertThat(officer.get(again).body()).contains("0 người mới", "2 người đã có trong danh sách");
        officer.post(again + "/confirm", Map.of());
        assertThat(jdbc.sql("select count(*) from participation_cadre where full_name like ?").param("%" + sfx).query(Long.class).single())
                .isEqualTo(2L);

        WebSession other = WebSession.login(port, "canbo.hoanghoa");
        assertThat(other.get("/channels/participation/units/" + hacThanh.id() + "/roster-import").status()).isEqualTo(404);
        assertThat(other.get(preview).status()).isEqualTo(404);
        var notAFile = officer.upload("/channels/participation/units/" + hacThanh.id() + "/roster-import", "file", "x.csv",
                "Mã số,Ghi chú\n1,2\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notAFile.body()).contains("Tệp không có cột tên người", "Các cột tìm thấy: Mã số, Ghi chú");
    }
}
