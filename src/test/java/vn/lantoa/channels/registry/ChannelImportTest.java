package vn.lantoa.channels.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Accounts;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

@IntegrationTest
class ChannelImportTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private record Setup(Fixture.Province province, WebSession editor, String tag) {
    }

    private Setup setup() {
        Fixture.Province p = new Fixture(jdbc).province(3);
        WebSession editor = WebSession.login(port, new Accounts(jdbc).holding("EDITOR", p.province()));
        return new Setup(p, editor, p.province().code().toLowerCase().replaceAll("[^a-z0-9]", ""));
    }

    private long previewId(WebSession.Page upload) {
        assertThat(upload.status()).as(upload.body()).isEqualTo(302);
        return Long.parseLong(upload.location().replaceAll(".*/channels/import/", ""));
    }

    private long channels(String province) {
        return jdbc.sql("select count(*) from channel c join unit u on u.id = c.unit_id where u.path like :p || '%'").param("p", province)
                .query(Long.class).single();
    }

    @Test
    void aPreviewShowsEveryRowsOutcomeAndConfirmationAppliesTheGoodRowsOnce() {
        Setup s = setup();
        String c1 = s.province().communes().get(0).code();
        String c2 = s.province().communes().get(1).code();
        String t = s.tag();
        String future = LocalDate.now().plusDays(10).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String csv = "Mã đơn vị,Loại kênh,Tên kênh,Địa chỉ,Mục đích,Ngày lập,Người quản trị\n"
                + c1 + ",Fanpage Facebook,Hội LHPN xã một,https://www.facebook.com/hoi." + t + "a,Tuyên truyền,15/03/2021,\"Nguyễn Thị Lan (0912 345 678); Lê Thu Hà\"\n"
                + c2 + ",ZALO_GROUP,Nhóm Zalo xã hai,https://zalo.me/g/" + t + "zz,,2022-01-05,\n"
                + "KHONG-CO,Fanpage Facebook,Không có,https://www.facebook.com/hoi." + t + "b,,,\n"
                + c1 + ",Fanpage Facebook,Bài viết,https://www.facebook.com/hoi." + t + "c/posts/123,,,\n"
                + c2 + ",fanpage,Trùng,https://m.facebook.com/Hoi." + t + "A/,,,\n"
                + c2 + ",Kênh Instagram,Lạ,https://instagram.com/x,,,\n"
                + c2 + ",Trang web,Trang tương lai,https://" + t + ".example.vn/,,\"" + future + "\",\n"
                + "TH-001,Fanpage Facebook,Ngoài phạm vi,https://www.facebook.com/hoi." + t + "d,,,\n";
        long id = previewId(s.editor().upload("/channels/import", "file", "kenh.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(channels(s.province().province().path())).as("nothing written by a preview").isZero();
        WebSession.Page preview = s.editor().get("/channels/import/" + id);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("Tệp kenh.csv: 2 kênh mới, 0 cập nhật, 0 không đổi, 6 dòng lỗi.",
                "Không có đơn vị mã “KHONG-CO”.",
                "Địa chỉ này là một bài viết, không phải một Fanpage.",
                "Trùng địa chỉ với dòng 2.",
                "Không hiểu loại kênh “Kênh Instagram”.",
                "ở tương lai",
                "Đơn vị “TH-001” không thuộc phạm vi bạn được đăng ký kênh.",
                "Nhập 2 dòng hợp lệ");
        assertThat(HtmlChecker.staffPageErrors(preview.body())).isEmpty();

        assertThat(s.editor().post("/channels/import/" + id + "/apply", Map.of()).status()).isEqualTo(302);
        assertThat(channels(s.province().province().path())).isEqualTo(2);
        assertThat(jdbc.sql("select string_agg(name || coalesce(' ' || contact, ''), '|' order by id) from channel_admin where channel_id ="
                + " (select id from channel where url_key = :k)").param("k", "facebook.com/hoi." + t + "a").query(String.class).single())
                .isEqualTo("Nguyễn Thị Lan 0912 345 678|Lê Thu Hà");
        WebSession.Page done = s.editor().get("/channels/import/" + id);
        assertThat(done.body()).contains("Đã nhập tệp kenh.csv: 2 kênh mới, 0 kênh cập nhật.");
        assertThat(s.editor().post("/channels/import/" + id + "/apply", Map.of()).body()).contains("Tệp này đã được nhập rồi.");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'channel.created' and details like '%import kenh.csv%'"
                + " and target_id in (select c.id from channel c join unit u on u.id = c.unit_id where u.path like :p || '%')")
                .param("p", s.province().province().path()).query(Long.class).single()).isEqualTo(2);

        // the same file again: nothing to do
        long again = previewId(s.editor().upload("/channels/import", "file", "kenh.csv", csv.getBytes(StandardCharsets.UTF_8)));
        WebSession.Page second = s.editor().get("/channels/import/" + again);
        assertThat(second.body()).contains("0 kênh mới, 0 cập nhật, 2 không đổi, 6 dòng lỗi.", "Không có dòng nào để nhập.");
        long version = jdbc.sql("select version from channel where url_key = :k").param("k", "facebook.com/hoi." + t + "a").query(Long.class).single();

        // a changed name is an update, and only that row is written
        String renamed = csv.replace("Hội LHPN xã một", "Hội LHPN xã Một (mới)");
        long third = previewId(s.editor().upload("/channels/import", "file", "kenh2.csv", renamed.getBytes(StandardCharsets.UTF_8)));
        assertThat(s.editor().get("/channels/import/" + third).body()).contains("0 kênh mới, 1 cập nhật, 1 không đổi", "Thay đổi: tên");
        assertThat(s.editor().post("/channels/import/" + third + "/apply", Map.of()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select name || '/' || version from channel where url_key = :k").param("k", "facebook.com/hoi." + t + "a")
                .query(String.class).single()).isEqualTo("Hội LHPN xã Một (mới)/" + (version + 1));
        assertThat(channels(s.province().province().path())).isEqualTo(2);
    }

    @Test
    void aUtf16CsvWithSemicolonsAndAnXlsxAreRead() throws IOException {
        Setup s = setup();
        String c1 = s.province().communes().get(2).code();
        String csv = "sep=;\r\nMã đơn vị;Loại kênh;Tên kênh;Địa chỉ;Ngày lập\r\n" + c1 + ";Nhóm Facebook;Phụ nữ xã ba;https://www.facebook.com/groups/"
                + s.tag() + "ba;01/06/2023\r\n";
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(0xFF);
        utf16.write(0xFE);
        utf16.write(csv.getBytes(StandardCharsets.UTF_16LE));
        long id = previewId(s.editor().upload("/channels/import", "file", "meta.csv", utf16.toByteArray()));
        assertThat(s.editor().get("/channels/import/" + id).body()).contains("1 kênh mới", "Phụ nữ xã ba");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(xlsx, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Kênh");
        List<String> header = List.of("Unit code", "Kind", "Name", "URL", "Launch date");
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.value(1, 0, c1);
        sheet.value(1, 1, "YOUTUBE");
        sheet.value(1, 2, "Kênh YouTube xã ba");
        sheet.value(1, 3, "https://www.youtube.com/@" + s.tag());
        sheet.value(1, 4, LocalDate.of(2020, 2, 29));
        sheet.style(1, 4).format("dd/mm/yyyy").set();
        workbook.finish();
        long x = previewId(s.editor().upload("/channels/import", "file", "kenh.xlsx", xlsx.toByteArray()));
        assertThat(s.editor().get("/channels/import/" + x).body()).contains("1 kênh mới", "Kênh YouTube xã ba");
        assertThat(s.editor().post("/channels/import/" + x + "/apply", Map.of()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select launched_on from channel where url_key = :k").param("k", "youtube.com/@" + s.tag())
                .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2020, 2, 29));

        byte[] template = s.editor().download("/channels/import/template.xlsx").body();
        assertThat(ChannelFile.read(template)).hasSize(1).first().satisfies(r -> assertThat(r.unitCode()).isEqualTo("TH-001"));
    }

    @Test
    void aFileFromAnotherToolIsRefusedWithAClearMessage() {
        Setup s = setup();
        WebSession.Page wrong = s.editor().upload("/channels/import", "file", "posts.csv",
                "Post ID,Page name,Title,Reach\n123,Hội,Bài,10\n".getBytes(StandardCharsets.UTF_8));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Tệp thiếu cột: Mã đơn vị, Loại kênh, Tên kênh, Địa chỉ.");
        assertThat(HtmlChecker.staffPageErrors(wrong.body())).isEmpty();
        assertThat(s.editor().upload("/channels/import", "file", "x.csv", "Mã đơn vị,Loại kênh,Tên kênh,Địa chỉ\n".getBytes(StandardCharsets.UTF_8))
                .body()).contains("Tệp không có dòng kênh nào dưới dòng tiêu đề.");
        assertThat(s.editor().upload("/channels/import", "file", "x.csv", new byte[] {(byte) 0xC3, 0x28, 0x41, 0x0A}).body())
                .contains("Không đọc được tệp.");
        assertThat(s.editor().upload("/channels/import", "file", "big.csv", new byte[ChannelFile.MAX_BYTES + 1]).body())
                .contains("Tệp lớn quá 5 MB.");
        StringBuilder many = new StringBuilder("Mã đơn vị,Loại kênh,Tên kênh,Địa chỉ\n");
        for (int i = 0; i <= ChannelFile.MAX_ROWS; i++) {
            many.append("X,fanpage,Tên,https://www.facebook.com/p").append(i).append('\n');
        }
        assertThat(s.editor().upload("/channels/import", "file", "many.csv", many.toString().getBytes(StandardCharsets.UTF_8)).body())
                .contains("Tệp có quá 5.000 dòng.");
        assertThat(WebSession.login(port, "thuongtruc").get("/channels/import").status()).as("leadership registers nothing").isEqualTo(403);
        long someone = previewId(s.editor().upload("/channels/import", "file", "k.csv",
                ("Mã đơn vị,Loại kênh,Tên kênh,Địa chỉ\n" + s.province().communes().get(0).code() + ",fanpage,A,https://www.facebook.com/q"
                        + s.tag() + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(WebSession.login(port, "bientap").get("/channels/import/" + someone).status()).as("another person's import").isEqualTo(404);
    }
}
