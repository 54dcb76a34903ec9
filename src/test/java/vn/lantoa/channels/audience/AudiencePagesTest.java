package vn.lantoa.channels.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.WebSession;
import vn.lantoa.support.IntegrationTest;

/** Manual entry (one channel, the unit's quick page), its validation and typo guard, who may do it, and the pages' HTML. */
@IntegrationTest
class AudiencePagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private record Setup(UnitRef province, UnitRef commune, UnitRef other, long group, long page, String officer, String otherOfficer,
                         String editor, String leader) {
    }

    private Setup setup() {
        AudienceFixture fx = new AudienceFixture(jdbc);
        UnitRef province = fx.province();
        UnitRef commune = fx.child(province, "Xã Nhập");
        UnitRef other = fx.child(province, "Xã Khác");
        long group = fx.channel(commune, "FACEBOOK_GROUP", "Nhóm phụ nữ xã Nhập", TODAY.minusYears(1));
        long page = fx.channel(commune, "FACEBOOK_PAGE", "Fanpage xã Nhập", null);
        fx.figure(group, TODAY.minusDays(30), 1200);
        fx.figure(page, TODAY.minusDays(2), 800);
        return new Setup(province, commune, other, group, page, fx.holding("UNIT_OFFICER", commune), fx.holding("UNIT_OFFICER", other),
                fx.holding("EDITOR", province), fx.holding("LEADERSHIP", province));
    }

    private static Map<String, String> form(String day, String audience, String nonMembers, String women) {
        Map<String, String> form = new HashMap<>();
        form.put("day", day);
        form.put("audience", audience);
        form.put("nonMembers", nonMembers);
        form.put("womenPercent", women);
        return form;
    }

    private Integer figure(long channel, LocalDate day) {
        return jdbc.sql("select audience from channel_audience where channel_id = :c and day = :d").param("c", channel).param("d", day)
                .query(Integer.class).optional().orElse(null);
    }

    @Test
    void anOfficerRecordsTheGroupsFigureAndItShowsOnTheChannelPage() {
        Setup s = setup();
        WebSession officer = WebSession.login(port, s.officer());
        WebSession.Page page = officer.get("/channels/audience/" + s.group());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Số thành viên", "Không phải hội viên", "Tỷ lệ nữ (%)", "value=\"" + TODAY + "\"");
        assertThat(HtmlChecker.staffPageErrors(page.body())).isEmpty();

        WebSession.Page saved = officer.post("/channels/audience/" + s.group(), form("", "1.514", "170", "92"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(figure(s.group(), TODAY)).isEqualTo(1514);
        assertThat(jdbc.sql("select source from channel_audience where channel_id = :c and day = :d").param("c", s.group()).param("d", TODAY)
                .query(String.class).single()).isEqualTo("MANUAL");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHANNEL_AUDIENCE_RECORDED' and target_id = :c")
                .param("c", s.group()).query(Long.class).single()).isEqualTo(1);

        WebSession.Page shown = officer.get("/channels/audience/" + s.group());
        assertThat(shown.body()).contains("1.200 → 1.514 thành viên trong 6 tháng (+26 %)", "170 người không phải hội viên", "92 % là nữ",
                "Nhập tay", "Cán bộ " + s.officer(), "<title id=\"channel-chart-title\"", "<desc id=\"channel-chart-desc\"");
        assertThat(shown.body()).containsPattern("<circle r=\"3.5\" cx=\"[\\d.]+\" cy=\"[\\d.]+\"");
        assertThat(HtmlChecker.staffPageErrors(shown.body())).isEmpty();
        // a page counts followers, without the group's fields
        assertThat(officer.get("/channels/audience/" + s.page()).body()).contains("Số người theo dõi").doesNotContain("id=\"nonMembers\"");
    }

    @Test
    void eachBadInputIsRefusedInVietnameseAndWhatWasTypedIsKept() {
        Setup s = setup();
        WebSession officer = WebSession.login(port, s.officer());
        String path = "/channels/audience/" + s.group();
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("negative", new String[] {"", "-12", "", "", "Số không được âm (-12)."});
        cases.put("not a number", new String[] {"", "mười hai", "", "", "&quot;mười hai&quot; không phải một số nguyên."});
        cases.put("non-members", new String[] {"", "300", "301", "", "Số người không phải hội viên (301) lớn hơn số thành viên (300)."});
        cases.put("women", new String[] {"", "300", "", "120", "Tỷ lệ nữ phải từ 0 đến 100 (đã nhập 120)."});
        cases.put("future", new String[] {TODAY.plusDays(1).toString(), "300", "", "", "chưa đến: không ghi số liệu cho ngày trong tương lai"});
        cases.put("before launch", new String[] {TODAY.minusYears(2).toString(), "300", "", "", "trước ngày kênh ra đời"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String[] v = c.getValue();
            WebSession.Page page = officer.post(path, form(v[0], v[1], v[2], v[3]));
            assertThat(page.status()).as(c.getKey()).isEqualTo(200);
            assertThat(page.body()).as(c.getKey()).contains(v[4], "is-invalid");
            assertThat(page.body()).as(c.getKey() + ": the typed value kept").contains("value=\"" + v[1] + "\"");
            if (!v[3].isEmpty()) {
                assertThat(page.body()).contains("value=\"" + v[3] + "\"");
            }
            assertThat(HtmlChecker.staffPageErrors(page.body())).as(c.getKey()).isEmpty();
        }
        assertThat(jdbc.sql("select count(*) from channel_audience where channel_id = :c").param("c", s.group()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aDropOfMoreThanHalfIsRecordedOnlyOnceConfirmed() {
        Setup s = setup();
        WebSession officer = WebSession.login(port, s.officer());
        String path = "/channels/audience/" + s.group();
        WebSession.Page asked = officer.post(path, form("", "154", "", ""));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).contains("id=\"drop-warning\"", "Số 154 giảm hơn một nửa so với lần trước (1.200)", "id=\"confirmDrop\"",
                "value=\"154\"");
        assertThat(HtmlChecker.staffPageErrors(asked.body())).isEmpty();
        assertThat(figure(s.group(), TODAY)).isNull();
        Map<String, String> confirmed = form("", "154", "", "");
        confirmed.put("confirmDrop", "true");
        assertThat(officer.post(path, confirmed).status()).isEqualTo(302);
        assertThat(figure(s.group(), TODAY)).isEqualTo(154);
        // half or more is taken at once
        assertThat(officer.post("/channels/audience/" + s.page(), form("", "400", "", "")).status()).isEqualTo(302);
    }

    @Test
    void whoMayRecordAndWhoMayOnlyRead() {
        Setup s = setup();
        String path = "/channels/audience/" + s.group();
        WebSession anonymous = WebSession.anonymous(port);
        WebSession.Page login = anonymous.get(path);
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.location()).contains("/login");

        WebSession other = WebSession.login(port, s.otherOfficer());
        assertThat(other.get(path).status()).isEqualTo(404);
        assertThat(other.post(path, form("", "10", "", "")).status()).isEqualTo(404);
        assertThat(other.get("/channels/audience/nhap?don-vi=" + s.commune().id()).status()).isEqualTo(404);
        assertThat(other.get("/channels/audience?don-vi=" + s.province().id()).status()).isEqualTo(404);

        WebSession leader = WebSession.login(port, s.leader());
        WebSession.Page read = leader.get(path);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain("id=\"entry-heading\"");
        assertThat(leader.post(path, form("", "10", "", "")).status()).isEqualTo(403);

        WebSession editor = WebSession.login(port, s.editor());
        assertThat(editor.post(path, form("", "1300", "", "")).status()).isEqualTo(302);
        assertThat(figure(s.group(), TODAY)).isEqualTo(1300);
        // an officer of the province's own unit does not record for a commune's channel
        String provinceOfficer = new AudienceFixture(jdbc).holding("UNIT_OFFICER", s.province());
        WebSession po = WebSession.login(port, provinceOfficer);
        assertThat(po.get(path).status()).isEqualTo(200);
        assertThat(po.post(path, form("", "1300", "", "")).status()).isEqualTo(403);
    }

    @Test
    void theQuickPageRecordsEveryChannelOfTheUnitAtOnce() {
        Setup s = setup();
        WebSession officer = WebSession.login(port, s.officer());
        WebSession.Page page = officer.get("/channels/audience/nhap");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Số liệu kênh của " + s.commune().name(), "Nhóm phụ nữ xã Nhập", "Fanpage xã Nhập",
                "Lần trước: 1.200", "Lần trước: 800", "name=\"a" + s.group() + "\"", "name=\"n" + s.group() + "\"");
        assertThat(HtmlChecker.staffPageErrors(page.body())).isEmpty();

        Map<String, String> bad = new HashMap<>();
        bad.put("don-vi", String.valueOf(s.commune().id()));
        bad.put("ngay", TODAY.toString());
        bad.put("a" + s.group(), "1250");
        bad.put("n" + s.group(), "1300");
        bad.put("a" + s.page(), "300");
        WebSession.Page refused = officer.post("/channels/audience/nhap", bad);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Chưa ghi", "Số người không phải hội viên (1.300) lớn hơn số thành viên (1.250).",
                "Số 300 giảm hơn một nửa so với lần trước (800)", "value=\"1250\"", "value=\"1300\"", "value=\"300\"",
                "name=\"c" + s.page() + "\"");
        assertThat(HtmlChecker.staffPageErrors(refused.body())).isEmpty();
        assertThat(figure(s.group(), TODAY)).isNull();
        assertThat(figure(s.page(), TODAY)).isNull();

        Map<String, String> good = new HashMap<>(bad);
        good.put("n" + s.group(), "130");
        good.put("c" + s.page(), "true");
        WebSession.Page saved = officer.post("/channels/audience/nhap", good);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(figure(s.group(), TODAY)).isEqualTo(1250);
        assertThat(figure(s.page(), TODAY)).isEqualTo(300);
        assertThat(officer.get(saved.location().replaceFirst("^https?://[^/]+", "")).body()).contains("Đã ghi số liệu của 2 kênh.");
    }

    @Test
    void theRollupPageShowsTheProvinceAndLinksToItsChannels() {
        Setup s = setup();
        WebSession editor = WebSession.login(port, s.editor());
        WebSession.Page page = editor.get("/channels/audience?don-vi=" + s.province().id());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lượng theo dõi các kênh: " + s.province().name(), "<title id=\"rollup-chart-title\"",
                "Xã Nhập", "href=\"/channels/audience/" + s.group() + "?", "2.000 người theo dõi và thành viên");
        assertThat(HtmlChecker.staffPageErrors(page.body())).isEmpty();
        WebSession.Page sorted = editor.get("/channels/audience?don-vi=" + s.province().id() + "&sap-xep=ten&chieu=tang&loai=nhom");
        assertThat(sorted.body()).contains("aria-sort=\"ascending\"", "Nhóm phụ nữ xã Nhập").doesNotContain(">Fanpage xã Nhập<");
        assertThat(HtmlChecker.staffPageErrors(sorted.body())).isEmpty();
        WebSession.Page year = editor.get("/channels/audience?don-vi=" + s.province().id() + "&tu=" + TODAY.minusYears(2) + "&den=" + TODAY);
        assertThat(year.status()).isEqualTo(200);
        assertThat(year.body()).contains("từng tuần (Chủ nhật) và hai đầu kỳ");
    }
}
