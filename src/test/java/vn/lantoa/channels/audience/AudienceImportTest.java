package vn.lantoa.channels.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.audience.imports.AudienceFile;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** The audience file: template, preview row by row, confirmation of the good rows only, a second import that changes nothing. */
@IntegrationTest
class AudienceImportTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static long previewId(WebSession.Page redirect) {
        Matcher m = Pattern.compile("/channels/audience/import/(\\d+)$").matcher(redirect.location());
        assertThat(m.find()).as(redirect.location()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void previewThenConfirmWritesTheGoodRowsAndAReimportChangesNothing() {
        AudienceFixture fx = new AudienceFixture(jdbc);
        UnitRef province = fx.province();
        UnitRef commune = fx.child(province, "Xã Tệp");
        UnitRef elsewhere = fx.province();
        long group = fx.channel(commune, "FACEBOOK_GROUP", "Nhóm xã Tệp", null);
        long page = fx.channel(commune, "FACEBOOK_PAGE", "Fanpage xã Tệp", null);
        long outside = fx.channel(elsewhere, "FACEBOOK_PAGE", "Fanpage tỉnh khác", null);
        fx.figure(page, LocalDate.of(2026, 1, 1), 500);
        fx.figure(page, LocalDate.of(2026, 2, 1), 600);
        String officer = fx.holding("UNIT_OFFICER", commune);
        // the group by its address written differently, the page by its id
        String groupAddress = fx.url(group).replace("https://www.", "http://m.").replaceAll("/$", "") + "?ref=bookmarks";
        String csv = "\uFEFFKênh,Ngày,Số người theo dõi / thành viên,Không phải hội viên,Tỷ lệ nữ (%)\n"
                + groupAddress + ",2026-01-01,299,20,90\n"                    // 2 new
                + groupAddress + ",01/02/2026,\"1.514\",170,92\n"             // 3 new
                + page + ",2026-01-01,500,,\n"                                // 4 unchanged
                + page + ",2026-02-01,650,,\n"                                // 5 replaced
                + "https://facebook.com/khong-co,2026-01-01,10,,\n"           // 6 unknown channel
                + outside + ",2026-01-01,10,,\n"                              // 7 outside the officer's scope
                + page + ",2026-01-05,-3,,\n"                                 // 8 negative
                + page + ",2026-01-06,nhiều,,\n"                              // 9 not a number
                + page + "," + TODAY.plusDays(3) + ",10,,\n"                  // 10 future
                + groupAddress + ",2026-01-01,300,,\n"                        // 11 duplicate of line 2
                + groupAddress + ",2026-01-08,300,301,\n";                    // 12 non-members above members
        WebSession session = WebSession.login(port, officer);
        WebSession.Page form = session.get("/channels/audience/import");
        assertThat(form.status()).isEqualTo(200);
        assertThat(HtmlChecker.staffPageErrors(form.body())).isEmpty();
        WebSession.Page uploaded = session.upload("/channels/audience/import", "file", "so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(uploaded.status()).isEqualTo(302);
        long id = previewId(uploaded);
        WebSession.Page preview = session.get("/channels/audience/import/" + id);
        assertThat(preview.status()).isEqualTo(200);
        String body = preview.body();
        assertThat(body).contains("so-lieu.csv: 2 số mới, 1 thay số cũ, 1 không đổi, 7 dòng lỗi.", "Ghi 3 dòng hợp lệ",
                "Kênh &quot;https://facebook.com/khong-co&quot; không có trong danh bạ hoặc nằm ngoài phạm vi của bạn.",
                "Kênh &quot;" + outside + "&quot; không có trong danh bạ", "Số không được âm (-3).",
                "&quot;nhiều&quot; không phải một số nguyên.", "không ghi số liệu cho ngày trong tương lai", "Trùng với dòng 2 (cùng kênh, cùng ngày).",
                "Số người không phải hội viên (301) lớn hơn số thành viên (300).");
        assertThat(HtmlChecker.staffPageErrors(body)).isEmpty();
        assertThat(jdbc.sql("select count(*) from channel_audience where channel_id = :c").param("c", group).query(Long.class).single()).isZero();

        assertThat(session.post("/channels/audience/import/" + id + "/apply", Map.of()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select audience || '/' || non_members || '/' || women_percent || '/' || source from channel_audience "
                + "where channel_id = :c order by day").param("c", group).query(String.class).list())
                .containsExactly("299/20/90.00/IMPORT", "1514/170/92.00/IMPORT");
        assertThat(jdbc.sql("select audience || '/' || source from channel_audience where channel_id = :c order by day").param("c", page)
                .query(String.class).list()).containsExactly("500/API", "650/IMPORT");
        assertThat(jdbc.sql("select count(*) from channel_audience where channel_id = :c").param("c", outside).query(Long.class).single()).isZero();
        assertThat(session.get("/channels/audience/import/" + id).body()).contains("Đã ghi tệp so-lieu.csv: 3 số liệu.");
        assertThat(session.post("/channels/audience/import/" + id + "/apply", Map.of()).body()).contains("Tệp này đã được ghi.");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHANNEL_AUDIENCE_IMPORTED' and target_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);

        // the same file again: every good row unchanged, nothing to write
        long again = previewId(session.upload("/channels/audience/import", "file", "so-lieu.csv", csv.getBytes(StandardCharsets.UTF_8)));
        String second = session.get("/channels/audience/import/" + again).body();
        assertThat(second).contains("so-lieu.csv: 0 số mới, 0 thay số cũ, 4 không đổi, 7 dòng lỗi.", "Không có dòng nào cần ghi.")
                .doesNotContain("/apply");

        // another user does not see the file
        assertThat(WebSession.login(port, "bientap").get("/channels/audience/import/" + id).status()).isEqualTo(404);
    }

    @Test
    void theTemplatesAndBadFiles() {
        WebSession editor = WebSession.login(port, "bientap");
        var xlsx = editor.download("/channels/audience/import/mau.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(AudienceFile.read(xlsx.body())).singleElement()
                .satisfies(l -> assertThat(l.audience()).isEqualTo("1514"))
                .satisfies(l -> assertThat(l.day()).isEqualTo("2026-11-01"));
        var csv = editor.download("/channels/audience/import/mau.csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains("Kênh (địa chỉ hoặc mã),Ngày");
        assertThat(AudienceFile.read(csv.body())).hasSize(1);

        WebSession.Page missing = editor.upload("/channels/audience/import", "file", "khac.csv",
                "Post ID,Page name,Views\n1,Trang,10\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("Tệp thiếu cột &quot;channel&quot;.");
        assertThat(HtmlChecker.staffPageErrors(missing.body())).isEmpty();
        // Excel's "Unicode text": UTF-16LE with tabs, read like any other CSV
        byte[] utf16 = "Kênh\tNgày\tSố người theo dõi\r\n1\t2026-01-01\t5\r\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(AudienceFile.read(utf16)).singleElement().satisfies(l -> assertThat(l.audience()).isEqualTo("5"));
        assertThat(editor.upload("/channels/audience/import", "file", "utf16.csv", utf16).status()).isEqualTo(302);
        WebSession.Page cut = editor.upload("/channels/audience/import", "file", "cat.csv",
                "channel,day,audience\n1,2026-01-01,5\n\"https://www.facebook.com/groups/x,2026".getBytes(StandardCharsets.UTF_8));
        assertThat(cut.status()).isEqualTo(200);
        assertThat(cut.body()).contains("Tệp có vẻ bị cắt ngang ở dòng 3: hãy tải lên lại tệp đầy đủ.");
        StringBuilder big = new StringBuilder("channel,day,audience\n");
        for (int i = 0; i <= AudienceFile.MAX_ROWS; i++) {
            big.append("1,2026-01-01,").append(i).append('\n');
        }
        assertThat(editor.upload("/channels/audience/import", "file", "lon.csv", big.toString().getBytes(StandardCharsets.UTF_8)).body())
                .contains("Tệp có hơn 20.000 dòng; hãy chia nhỏ.");
        assertThat(WebSession.login(port, "thuongtruc").get("/channels/audience/import").status()).isEqualTo(403);
    }
}
