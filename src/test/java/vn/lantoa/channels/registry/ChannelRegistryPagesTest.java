package vn.lantoa.channels.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
class ChannelRegistryPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = :c").param("c", code).query(Long.class).single();
    }

    private long channelAt(String key) {
        return jdbc.sql("select id from channel where url_key = :k").param("k", key).query(Long.class).single();
    }

    private static Map<String, String> form(long unitId, String kind, String name, String url, String launchedOn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("unitId", Long.toString(unitId));
        form.put("kind", kind);
        form.put("name", name);
        form.put("url", url);
        form.put("purpose", "Kênh thử nghiệm");
        form.put("launchedOn", launchedOn);
        form.put("otherAdmins", "Trần Thị Thử (0912 000 111)\nLê Văn Kiểm");
        form.put("version", "0");
        form.put("action", "save");
        return form;
    }

    @Test
    void anAnonymousVisitorIsSentToLogin() {
        WebSession.Page page = WebSession.anonymous(port).get("/channels");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/login");
        assertThat(WebSession.anonymous(port).get("/channels/coverage").location()).contains("/login");
    }

    @Test
    void theRegistryListsTheProvincesChannelsWithFiltersAndPages() {
        WebSession editor = WebSession.login(port, "bientap");
        WebSession.Page list = editor.get("/channels");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Danh bạ kênh truyền thông", "Hội LHPN tỉnh Thanh Hóa", "https://www.facebook.com/hoilhpn.thanhhoa",
                "target=\"_blank\" rel=\"noopener\"", "Fanpage Facebook", "Trang 1 / ");
        assertThat(HtmlChecker.staffPageErrors(list.body())).isEmpty();

        WebSession.Page groups = editor.get("/channels?loai=FACEBOOK_GROUP&q=hac+thanh");
        assertThat(groups.body()).contains("Phụ nữ Hạc Thành", "https://www.facebook.com/groups/phunuhacthanh", "1 kênh")
                .doesNotContain("https://www.facebook.com/hoilhpn.thanhhoa");
        WebSession.Page byUnit = editor.get("/channels?ten-don-vi=hoang+hoa&loai=FACEBOOK_PAGE");
        assertThat(byUnit.body()).contains("Hội LHPN xã Hoằng Hóa").doesNotContain("Phụ nữ Hạc Thành");
        WebSession.Page second = editor.get("/channels?trang=2");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("Trang 2 / ");
        WebSession.Page partial = editor.htmx("/channels?q=phu+nu+hac");
        assertThat(partial.body()).contains("Phụ nữ Hạc Thành").doesNotContain("<html");

        long group = channelAt("facebook.com/groups/phunuhacthanh");
        WebSession.Page detail = editor.get("/channels/" + group);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("Phụ nữ Hạc Thành", "Hội LHPN phường Hạc Thành (TH-001)", "tài khoản canbo.hacthanh", "Sửa");
        assertThat(HtmlChecker.staffPageErrors(detail.body())).isEmpty();

        long otherProvince = new Fixture(jdbc).province(1).province().id();
        assertThat(editor.get("/channels?don-vi=" + otherProvince).status()).isEqualTo(404);
        assertThat(editor.get("/channels?don-vi=" + unit("TH-001")).body()).contains("Phụ nữ Hạc Thành")
                .doesNotContain("https://www.facebook.com/hoilhpn.thanhhoa\"");
    }

    @Test
    void onlyThoseOverAUnitSeeAndEditItsChannels() {
        long group = channelAt("facebook.com/groups/phunuhacthanh");
        WebSession otherCommune = WebSession.login(port, "canbo.hoanghoa");
        assertThat(otherCommune.get("/channels/" + group).status()).as("another commune's officer").isEqualTo(404);
        assertThat(otherCommune.get("/channels/" + group + "/edit").status()).isEqualTo(404);
        assertThat(otherCommune.post("/channels/" + group + "/edit", form(unit("TH-020"), "FACEBOOK_GROUP", "Chiếm", "facebook.com/groups/chiem", ""))
                .status()).isEqualTo(404);
        assertThat(otherCommune.post("/channels/" + group + "/deactivate", Map.of()).status()).isEqualTo(404);
        assertThat(otherCommune.get("/channels").body()).doesNotContain("Phụ nữ Hạc Thành");

        WebSession leadership = WebSession.login(port, "thuongtruc");
        assertThat(leadership.get("/channels/" + group).status()).as("leadership sees").isEqualTo(200);
        assertThat(leadership.get("/channels/" + group + "/edit").status()).as("but does not edit").isEqualTo(403);

        UnitAndAdmin other = otherProvinceAdmin();
        assertThat(other.session().get("/channels/" + group).status()).as("an admin of another province").isEqualTo(404);
        assertThat(other.session().get("/channels?don-vi=" + unit("TH")).status()).isEqualTo(404);

        WebSession own = WebSession.login(port, "canbo.hacthanh");
        assertThat(own.get("/channels/" + group + "/edit").status()).isEqualTo(200);
        Map<String, String> elsewhere = form(unit("TH-020"), "FACEBOOK_PAGE", "Fanpage nhờ đăng", "https://www.facebook.com/nhodang." + System.nanoTime(), "");
        WebSession.Page refused = own.post("/channels/new", elsewhere);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Bạn không được đăng ký kênh cho đơn vị này.");
        assertThat(own.htmx("/channels/unit-options?unitQuery=hoang+hoa").body()).doesNotContain("Hoằng Hóa");
        assertThat(WebSession.login(port, "bientap").htmx("/channels/unit-options?unitQuery=hoang+hoa").body()).contains("Hội LHPN xã Hoằng Hóa");
    }

    private record UnitAndAdmin(long unitId, WebSession session) {
    }

    private UnitAndAdmin otherProvinceAdmin() {
        Fixture.Province p = new Fixture(jdbc).province(1);
        return new UnitAndAdmin(p.province().id(), WebSession.login(port, new Accounts(jdbc).holding("ADMIN", p.province())));
    }

    @Test
    void aWrongFormComesBackWithEveryValueAndItsVietnameseMessages() {
        WebSession editor = WebSession.login(port, "bientap");
        WebSession.Page blank = editor.get("/channels/new?don-vi=" + unit("TH-020"));
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.body()).contains("Hội LHPN xã Hoằng Hóa (TH-020)", "canbo.hoanghoa");
        assertThat(HtmlChecker.staffPageErrors(blank.body())).isEmpty();

        String future = LocalDate.now().plusDays(3).toString();
        Map<String, String> bad = form(unit("TH-020"), "FACEBOOK_PAGE", "", "https://www.facebook.com/hoilhpn.hoanghoa/posts/pfbid0abc", future);
        WebSession.Page refused = editor.post("/channels/new", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Chưa lưu được:", "Hãy nhập tên kênh.",
                "Địa chỉ này là một bài viết, không phải một Fanpage. Hãy dán địa chỉ trang, ví dụ https://www.facebook.com/hoilhpn.thanhhoa",
                "ở tương lai", "value=\"https://www.facebook.com/hoilhpn.hoanghoa/posts/pfbid0abc\"", "value=\"" + future + "\"",
                "Trần Thị Thử (0912 000 111)", "Kênh thử nghiệm", "Hội LHPN xã Hoằng Hóa (TH-020)");
        assertThat(HtmlChecker.staffPageErrors(refused.body())).isEmpty();

        WebSession.Page wrongKind = editor.post("/channels/new",
                form(unit("TH-020"), "FACEBOOK_PAGE", "Nhóm", "https://www.facebook.com/groups/phunuhacthanh", ""));
        assertThat(wrongKind.body()).contains("Địa chỉ này là một nhóm Facebook, không phải một Fanpage. Nếu đúng vậy, hãy chọn loại kênh “Nhóm Facebook”.");

        WebSession.Page taken = editor.post("/channels/new",
                form(unit("TH-020"), "FACEBOOK_PAGE", "Trùng", "https://m.facebook.com/HoiLHPN.ThanhHoa/?ref=bookmarks", ""));
        assertThat(taken.body()).contains("Kênh này đã được đăng ký cho Hội LHPN tỉnh Thanh Hóa (“Hội LHPN tỉnh Thanh Hóa”).");
        assertThat(editor.post("/channels/new", form(unit("TH-020"), "ZALO_OA", "Zalo", "zalo.me/0912345678", "31/02/2024")).body())
                .contains("tài khoản Zalo cá nhân", "Ngày lập “31/02/2024” không đúng dạng ngày");
    }

    @Test
    void aChannelIsRegisteredEditedWithItsVersionAndSwitchedOffWithAuditEntries() {
        WebSession editor = WebSession.login(port, "bientap");
        String handle = "kenhthu" + System.nanoTime();
        Map<String, String> created = form(unit("TH-020"), "TIKTOK", "TikTok Hoằng Hóa " + handle, "tiktok.com/@" + handle + "?lang=vi", "15/03/2024");
        created.put("adminAccountIds", Long.toString(jdbc.sql("select id from account where username = 'canbo.hoanghoa'").query(Long.class).single()));
        WebSession.Page saved = editor.post("/channels/new", created);
        assertThat(saved.status()).isEqualTo(302);
        long id = channelAt("tiktok.com/@" + handle);
        assertThat(saved.location()).endsWith("/channels/" + id);
        assertThat(jdbc.sql("select launched_on from channel where id = :id").param("id", id).query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2024, 3, 15));
        assertThat(jdbc.sql("select count(*) from channel_admin where channel_id = :id").param("id", id).query(Long.class).single()).isEqualTo(3);
        assertThat(audits("channel.created", id)).isEqualTo(1);
        WebSession.Page detail = editor.get("/channels/" + id);
        assertThat(detail.body()).contains("Trần Thị Thử", "(0912 000 111)", "Lê Văn Kiểm", "tài khoản canbo.hoanghoa", "15/03/2024");

        WebSession.Page edit = editor.get("/channels/" + id + "/edit");
        assertThat(edit.status()).isEqualTo(200);
        assertThat(HtmlChecker.staffPageErrors(edit.body())).isEmpty();
        Map<String, String> changed = form(unit("TH-020"), "TIKTOK", "TikTok đổi tên " + handle, "https://www.tiktok.com/@" + handle, "2024-03-15");
        assertThat(editor.post("/channels/" + id + "/edit", changed).status()).isEqualTo(302);
        assertThat(editor.post("/channels/" + id + "/edit", changed).body()).as("the same version twice")
                .contains("Kênh vừa được người khác sửa");
        assertThat(audits("channel.updated", id)).isEqualTo(1);

        assertThat(editor.post("/channels/" + id + "/deactivate", Map.of("version", "1")).status()).isEqualTo(302);
        assertThat(jdbc.sql("select active from channel where id = :id").param("id", id).query(Boolean.class).single()).isFalse();
        assertThat(audits("channel.deactivated", id)).isEqualTo(1);
        assertThat(editor.get("/channels?q=" + handle).body()).contains("0 kênh").doesNotContain("TikTok đổi tên " + handle);
        assertThat(editor.get("/channels?q=" + handle + "&trang-thai=inactive").body()).contains("TikTok đổi tên " + handle, "Đã tắt");
    }

    private long audits(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where action = :a and target_id = :id").param("a", action).param("id", id)
                .query(Long.class).single();
    }
}
