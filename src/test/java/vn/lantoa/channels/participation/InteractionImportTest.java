package vn.lantoa.channels.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Importing a provincial page's interaction list: UTF-16LE and UTF-8 with BOM, matching by profile then
 * name, unmatched, ambiguous, repeated and bad rows in the preview, nothing written before confirmation,
 * and a period imported again replacing, never adding.
 */
@IntegrationTest
class InteractionImportTest {

    static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusMonths(1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    record People(long hoa, long mai, String sfx) {
    }

    private People people() {
        ParticipationFixture f = new ParticipationFixture(jdbc);
        String sfx = ParticipationFixture.suffix();
        var one = f.child(f.byCode("TH"), "COMMUNE", "Xã Nhập Một " + sfx);
        var two = f.child(f.byCode("TH"), "COMMUNE", "Xã Nhập Hai " + sfx);
        long hoa = f.cadre(one, "Lê Thị Hoa " + sfx, "https://www.facebook.com/hoa." + sfx.toLowerCase());
        f.cadre(one, "Nguyễn Thị Lan " + sfx, null);
        f.cadre(two, "Nguyễn Thị Lan " + sfx, null);
        long mai = f.cadre(two, "Trịnh Thị Mai " + sfx, null);
        return new People(hoa, mai, sfx);
    }

    private static String list(People p, String separator) {
        String day = MONTH.atDay(5).toString();
        String dayVn = String.format("%02d/%02d/%d", 12, MONTH.getMonthValue(), MONTH.getYear());
        return String.join("\r\n",
                String.join(separator, "Tên", "Liên kết trang cá nhân", "Số lượt tương tác", "Ngày"),
                String.join(separator, "Hoa Facebook", "https://www.facebook.com/hoa." + p.sfx().toLowerCase(), "3", day),
                String.join(separator, "LE THI HOA " + p.sfx().toUpperCase(), "", "2", dayVn),
                String.join(separator, "Nguyen Thi Lan " + p.sfx(), "", "1", ""),
                String.join(separator, "Trịnh Thị Mai " + p.sfx(), "", "4", day),
                String.join(separator, "Trịnh Thị Mai " + p.sfx(), "", "4", day),
                String.join(separator, "Người Lạ " + p.sfx(), "", "5", ""),
                String.join(separator, "Lê Thị Hoa " + p.sfx(), "", "nhiều", ""),
                String.join(separator, "Lê Thị Hoa " + p.sfx(), "", "1", "01/01/2020")) + "\r\n";
    }

    static byte[] utf16le(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        return out.toByteArray();
    }

    static byte[] utf8Bom(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String upload(WebSession web, byte[] content, String fileName) {
        long page = new ParticipationFixture(jdbc).provincePage();
        var reply = web.upload("/channels/participation/import", Map.of("channelId", String.valueOf(page), "month", MONTH.toString()), "file",
                fileName, content);
        assertThat(reply.status()).as(reply.body()).isEqualTo(302);
        return reply.location().replaceFirst("^https?://[^/]+", "");
    }

    private Map<Long, Integer> imported(People p) {
        Map<Long, Integer> result = new java.util.HashMap<>();
        jdbc.sql("select cadre_id, interactions from participation_month where source = 'IMPORTED' and month = ? and cadre_id in (?, ?)")
                .params(MONTH.atDay(1), p.hoa(), p.mai())
                .query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2))).list();
        return result;
    }

    @Test
    void aUtf16ListIsPreviewedConfirmedAndReimportedWithoutAdding() {
        People p = people();
        WebSession editor = WebSession.login(port, "bientap");
        String preview = upload(editor, utf16le(list(p, "\t")), "tuong-tac-utf16.csv");
        var shown = editor.get(preview);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("3 dòng khớp với 2 cán bộ", "1 dòng không khớp cán bộ nào",
                "1 dòng trùng tên nhiều cán bộ (không ghi nhận)", "1 dòng lặp lại (chỉ tính một lần)", "2 dòng lỗi (không được nhập)",
                "2 cán bộ cùng tên", "giống hệt dòng 5", "Số lượt „nhiều“ không phải là số nguyên.",
                "Ngày „01/01/2020“ không thuộc tháng " + MONTH + " đang nhập.", "Người Lạ " + p.sfx(), "Ghi nhận 2 cán bộ");
        assertThat(HtmlChecker.staffPageErrors(shown.body())).isEmpty();
        assertThat(imported(p)).as("nothing is written before the confirmation").isEmpty();

        assertThat(editor.post(preview + "/confirm", Map.of()).status()).isEqualTo(302);
        assertThat(editor.get(preview).body()).contains("Đã ghi nhận tương tác của 2 cán bộ cho tháng " + MONTH + ".");
        assertThat(imported(p)).isEqualTo(Map.of(p.hoa(), 5, p.mai(), 4));
        assertThat(editor.post(preview + "/confirm", Map.of()).body()).contains("Tệp này đã được ghi nhận rồi.");

        String again = upload(editor, utf8Bom(list(p, ",")), "tuong-tac-bom.csv");
        assertThat(editor.get(again).body()).contains("3 dòng khớp với 2 cán bộ");
        editor.post(again + "/confirm", Map.of());
        assertThat(imported(p)).as("the same period twice is the same as once").isEqualTo(Map.of(p.hoa(), 5, p.mai(), 4));

        String smaller = upload(editor, utf8Bom("Name,Profile link\nHoa,https://www.facebook.com/hoa." + p.sfx().toLowerCase() + "\n"),
                "nho-hon.csv");
        editor.post(smaller + "/confirm", Map.of());
        assertThat(imported(p)).as("a new list of the period replaces the old one").isEqualTo(Map.of(p.hoa(), 1));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHANNEL_PARTICIPATION_IMPORTED'").query(Long.class).single())
                .isGreaterThanOrEqualTo(3L);
    }

    @Test
    void aFileWithoutNamesAndWhoMayImportAreExplained() {
        WebSession editor = WebSession.login(port, "bientap");
        long page = new ParticipationFixture(jdbc).provincePage();
        var refused = editor.upload("/channels/participation/import", Map.of("channelId", String.valueOf(page), "month", MONTH.toString()),
                "file", "sao-ke.csv", "Ngày giao dịch,Số tham chiếu,Ghi có\n20/11/2026,FT2632,500000\n".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Tệp không có cột tên người", "Các cột tìm thấy: Ngày giao dịch, Số tham chiếu, Ghi có",
                "value=\"" + MONTH + "\"");
        var future = editor.upload("/channels/participation/import", Map.of("channelId", String.valueOf(page),
                "month", MONTH.plusMonths(2).toString()), "file", "x.csv", "Tên\nAi\n".getBytes(StandardCharsets.UTF_8));
        assertThat(future.body()).contains("chưa đến");
        assertThat(WebSession.login(port, "canbo.hacthanh").get("/channels/participation/import").status()).isEqualTo(403);
        assertThat(WebSession.login(port, "canbo.hoanghoa").get("/channels/participation/import/1").status()).isIn(403, 404);
    }
}
