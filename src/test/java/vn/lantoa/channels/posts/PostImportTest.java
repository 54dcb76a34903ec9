package vn.lantoa.channels.posts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/**
 * Importing Business Suite exports through the pages: preview counts and bad-row report, confirmation,
 * idempotent re-import (totals replace, never add), a file from another tool, the page daily series,
 * story links and who may import.
 */
@IntegrationTest
class PostImportTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private PostFixture fixture() {
        return new PostFixture(jdbc);
    }

    private String upload(WebSession web, long channelId, String kind, byte[] content) {
        var page = web.upload("/channels/posts/import", Map.of("channelId", String.valueOf(channelId), "kind", kind), "file", "export.csv",
                content);
        assertThat(page.status()).as(page.body()).isEqualTo(302);
        return page.location().replaceFirst("^https?://[^/]+", "");
    }

    private Map<String, Object> sums(long channelId) {
        return jdbc.sql("select count(*) as posts, sum(views) as views, sum(reach) as reach, sum(reactions) as reactions, "
                        + "sum(comments) as comments, sum(shares) as shares, sum(clicks) as clicks from channel_post where channel_id = ?")
                .param(channelId).query().singleRow();
    }

    private static BusinessSuiteCsv export(String pageId, long factor) {
        return BusinessSuiteCsv.english()
                .post(pageId + "_1", pageId, "Hội LHPN xã Thử Nghiệm", "Ngày hội \"Phụ nữ khởi nghiệp\", lần 3\ntại nhà văn hóa",
                        "11/02/2026 08:15", "https://www.facebook.com/" + pageId + "/posts/1", 1000 * factor, 800 * factor, 50 * factor,
                        10 * factor, 5 * factor, 30 * factor)
                .post(pageId + "_2", pageId, "Hội LHPN xã Thử Nghiệm", "Tập huấn kỹ năng số", "11/14/2026 19:30",
                        "https://www.facebook.com/" + pageId + "/posts/2", 400, 300, 20, 2, 1, 7)
                .post(pageId + "_3", pageId, "Hội LHPN xã Thử Nghiệm", "Số âm", "11/15/2026 10:00",
                        "https://www.facebook.com/" + pageId + "/posts/3", 10, -4, 1, 1, 1, 1);
    }

    @Test
    void previewThenConfirmThenReimportReplacesTotalsNeverAdds() {
        PostFixture f = fixture();
        PostFixture.Unit commune = f.child(f.byCode("TH"), "COMMUNE", "Xã Thử Nghiệm Nhập");
        String pageId = "61" + System.nanoTime() % 1_000_000_000L;
        long page = f.page(commune, "Hội LHPN xã Thử Nghiệm", pageId);
        WebSession editor = WebSession.login(port, "bientap");

        String preview = upload(editor, page, "POSTS", export(pageId, 1).bytes());
        var shown = editor.get(preview);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("2 bài mới", "0 bài có số liệu thay đổi", "0 bài không đổi", "1 dòng lỗi (không được nhập)",
                "Số âm &quot;-4&quot;: số liệu không thể nhỏ hơn 0.", "Nhập 2 dòng hợp lệ");
        assertThat(shown.body()).containsPattern("<td>5</td>\\s*<td>Reach</td>");
        assertThat(HtmlChecker.staffPageErrors(shown.body())).isEmpty();
        assertThat(sums(page).get("posts")).as("nothing is written before the confirmation").isEqualTo(0L);

        var confirmed = editor.post(preview + "/confirm", Map.of());
        assertThat(confirmed.status()).isEqualTo(302);
        assertThat(editor.get(preview).body()).contains("Đã nhập: 2 bài mới, 0 bài cập nhật số liệu.");
        Map<String, Object> once = sums(page);
        assertThat(once).containsEntry("posts", 2L).containsEntry("views", java.math.BigDecimal.valueOf(1400))
                .containsEntry("reactions", java.math.BigDecimal.valueOf(70));
        assertThat(editor.post(preview + "/confirm", Map.of()).body()).contains("Tệp này đã được nhập rồi.");
        Map<String, Object> first = jdbc.sql("select title, published_at, extra->>'Description' as description, post_type from channel_post "
                + "where channel_id = ? and external_id = ?").params(page, pageId + "_1").query().singleRow();
        assertThat(first.get("title")).as("quotes, a comma and a line break kept through staging")
                .isEqualTo("Ngày hội \"Phụ nữ khởi nghiệp\", lần 3\ntại nhà văn hóa");
        assertThat(first.get("description")).isEqualTo("Ngày hội \"Phụ nữ khởi nghiệp\", lần 3 tại nhà văn hóa");
        assertThat(first.get("published_at")).isNotNull();

        String again = upload(editor, page, "POSTS", export(pageId, 1).bytes());
        assertThat(editor.get(again).body()).contains("0 bài mới", "0 bài có số liệu thay đổi", "2 bài không đổi");
        editor.post(again + "/confirm", Map.of());
        assertThat(sums(page)).as("the same file twice is the same as once").isEqualTo(once);

        String higher = upload(editor, page, "POSTS", export(pageId, 3).bytes());
        assertThat(editor.get(higher).body()).contains("0 bài mới", "1 bài có số liệu thay đổi", "1 bài không đổi");
        editor.post(higher + "/confirm", Map.of());
        assertThat(sums(page)).as("lifetime totals replace the stored ones").containsEntry("posts", 2L)
                .containsEntry("views", java.math.BigDecimal.valueOf(3400)).containsEntry("reactions", java.math.BigDecimal.valueOf(170))
                .containsEntry("clicks", java.math.BigDecimal.valueOf(97));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHANNEL_POSTS_IMPORTED' and target_id = ?").param(page)
                .query(Long.class).single()).isEqualTo(3L);

        var list = editor.get("/channels/posts/channel/" + page + "?tu=2026-11-01&den=2026-11-30");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Ngày hội &quot;Phụ nữ khởi nghiệp&quot;, lần 3", "Tập huấn kỹ năng số", "3.000");
        assertThat(HtmlChecker.staffPageErrors(list.body())).isEmpty();
    }

    @Test
    void aFileFromAnotherToolOrAnotherPageIsExplained() {
        PostFixture f = fixture();
        PostFixture.Unit commune = f.child(f.byCode("TH"), "COMMUNE", "Xã Thử Nghiệm Tệp Lạ");
        long page = f.page(commune, "Hội LHPN xã Tệp Lạ", "7001");
        WebSession editor = WebSession.login(port, "bientap");
        String bank = "Ngày giao dịch,Số tham chiếu,Mô tả,Ghi nợ,Ghi có,Số dư\n20/11/2026,FT2632,Hội phí,,500000,12500000\n";
        var refused = editor.upload("/channels/posts/import", Map.of("channelId", String.valueOf(page), "kind", "POSTS"), "file",
                "sao-ke.csv", bank.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Tệp này không phải là tệp xuất bài viết của Meta Business Suite: thiếu cột Post ID, Publish time",
                "Các cột tìm thấy: Ngày giao dịch, Số tham chiếu");
        assertThat(refused.body()).containsPattern("<option value=\"" + page + "\" selected=\"selected\">");
        assertThat(HtmlChecker.staffPageErrors(refused.body())).isEmpty();

        String other = upload(editor, page, "POSTS", export("9999", 1).bytes());
        assertThat(editor.get(other).body()).contains("Tệp có bài của Trang có ID 9999, khác với ID 7001 của fanpage đã chọn.");
    }

    @Test
    void thePageDailySeriesFillsTheAudienceOfEachDay() {
        PostFixture f = fixture();
        PostFixture.Unit commune = f.child(f.byCode("TH"), "COMMUNE", "Xã Thử Nghiệm Theo Ngày");
        long page = f.page(commune, "Hội LHPN xã Theo Ngày", null);
        f.audience(page, java.time.LocalDate.parse("2026-11-01"), 1400);
        String text = "sep=,\r\n\"Date\",\"Facebook Page follows\",\"Facebook Page reach\"\r\n"
                + "\"2026-11-01\",\"1510\",\"300\"\r\n\"2026-11-02\",\"1514\",\"280\"\r\n\"2026-11-03\",\"nhiều\",\"0\"\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] content = new byte[body.length + 2];
        content[0] = (byte) 0xFF;
        content[1] = (byte) 0xFE;
        System.arraycopy(body, 0, content, 2, body.length);
        WebSession editor = WebSession.login(port, "bientap");
        String preview = upload(editor, page, "PAGE_DAILY", content);
        assertThat(editor.get(preview).body()).contains("1 ngày mới", "1 ngày có số người theo dõi thay đổi", "1 dòng lỗi",
                "&quot;nhiều&quot; không phải là số.");
        editor.post(preview + "/confirm", Map.of());
        assertThat(jdbc.sql("select day || '=' || audience || ':' || source from channel_audience where channel_id = ? order by day")
                .param(page).query(String.class).list()).containsExactly("2026-11-01=1510:IMPORT", "2026-11-02=1514:IMPORT");
        String again = upload(editor, page, "PAGE_DAILY", content);
        assertThat(editor.get(again).body()).contains("0 ngày mới", "2 ngày không đổi");
    }

    @Test
    void postsAreLinkedToThePublishedPortalStoriesTheyShare() {
        PostFixture f = fixture();
        PostFixture.Unit commune = f.child(f.byCode("TH"), "COMMUNE", "Xã Thử Nghiệm Liên Kết");
        long page = f.page(commune, "Hội LHPN xã Liên Kết", "8001");
        long published = f.story(commune, "Phụ nữ Thanh Hóa khởi nghiệp", "PUBLISHED");
        long draft = f.story(commune, "Bản nháp", "DRAFT");
        BusinessSuiteCsv csv = BusinessSuiteCsv.english()
                .post("8001_1", "8001", "Hội LHPN xã Liên Kết", "Mời đọc: http://localhost:8080/tin/phu-nu-thanh-hoa-khoi-nghiep-" + published,
                        "11/02/2026 08:15", "https://www.facebook.com/8001/posts/1", 10, 5, 1, 1, 1, 1)
                .post("8001_2", "8001", "Hội LHPN xã Liên Kết", "Bản nháp http://localhost:8080/tin/ban-nhap-" + draft,
                        "11/02/2026 09:15", "https://www.facebook.com/8001/posts/2", 10, 5, 1, 1, 1, 1)
                .post("8001_3", "8001", "Hội LHPN xã Liên Kết", "Trang khác https://baomoi.example/tin/phu-nu-" + published,
                        "11/02/2026 10:15", "https://www.facebook.com/8001/posts/3", 10, 5, 1, 1, 1, 1)
                .post("8001_4", "8001", "Hội LHPN xã Liên Kết", "Số khác http://localhost:8080/tin/phu-nu-" + published + "9",
                        "11/02/2026 11:15", "https://www.facebook.com/8001/posts/4", 10, 5, 1, 1, 1, 1);
        WebSession editor = WebSession.login(port, "bientap");
        String preview = upload(editor, page, "POSTS", csv.bytes());
        editor.post(preview + "/confirm", Map.of());
        List<String> links = jdbc.sql("select external_id || '=' || coalesce(story_id::text, '-') from channel_post where channel_id = ? "
                + "order by external_id").param(page).query(String.class).list();
        assertThat(links).containsExactly("8001_1=" + published, "8001_2=-", "8001_3=-", "8001_4=-");
        var list = editor.get("/channels/posts/channel/" + page + "?tu=2026-11-01&den=2026-11-30");
        assertThat(list.body()).contains("/tin/bai-" + published, "Phụ nữ Thanh Hóa khởi nghiệp");
    }

    @Test
    void onlyStaffInScopeMayImportAndAnonymousIsSentToLogin() {
        PostFixture f = fixture();
        PostFixture.Unit commune = f.child(f.byCode("TH"), "COMMUNE", "Xã Thử Nghiệm Quyền");
        long page = f.page(commune, "Hội LHPN xã Quyền", "9001");
        long hacThanhPage = f.page(f.byCode("TH-001"), "Hội LHPN phường Hạc Thành (thử)", "9002");
        byte[] file = export("9001", 1).bytes();

        WebSession outside = WebSession.login(port, "canbo.hoanghoa");
        var refused = outside.upload("/channels/posts/import", Map.of("channelId", String.valueOf(page), "kind", "POSTS"), "file", "x.csv", file);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(outside.get("/channels/posts/channel/" + page).status()).isEqualTo(404);
        assertThat(outside.get("/channels/posts?don-vi=" + commune.id()).status()).isEqualTo(404);

        WebSession leadership = WebSession.login(port, "thuongtruc");
        assertThat(leadership.get("/channels/posts/channel/" + page).status()).isEqualTo(200);
        var forbidden = leadership.upload("/channels/posts/import", Map.of("channelId", String.valueOf(page), "kind", "POSTS"), "file", "x.csv",
                file);
        assertThat(forbidden.status()).isEqualTo(403);

        WebSession officer = WebSession.login(port, "canbo.hacthanh");
        upload(officer, hacThanhPage, "POSTS", BusinessSuiteCsv.english().post("9002_1", "9002", "Hội LHPN phường Hạc Thành (thử)", "Bài",
                "11/02/2026 08:15", "https://www.facebook.com/9002/posts/1", 1, 1, 1, 1, 1, 1).bytes());
        var officerElsewhere = officer.upload("/channels/posts/import", Map.of("channelId", String.valueOf(page), "kind", "POSTS"), "file",
                "x.csv", file);
        assertThat(officerElsewhere.status()).isEqualTo(404);

        WebSession editor = WebSession.login(port, "bientap");
        String preview = upload(editor, page, "POSTS", file);
        assertThat(WebSession.login(port, "quantri").get(preview).status()).as("another user's upload").isEqualTo(404);

        var anonymous = WebSession.anonymous(port).get("/channels/posts");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).contains("/login");
        assertThat(WebSession.anonymous(port).get("/channels/posts/import").location()).contains("/login");
    }
}
