package vn.lantoa.channels.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.CadreParticipation;
import vn.lantoa.channels.ParticipationShare;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

/** Self-declaration through the pages, the shares by SQL with the subtree roll-up, the roster and who may see and edit what. */
@IntegrationTest
class ParticipationTest {

    static final YearMonth NOW = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ParticipationShares shares;

    @Autowired
    CadreParticipation participation;

    @Autowired
    OrgDirectory org;

    private ParticipationFixture fixture() {
        return new ParticipationFixture(jdbc);
    }

    private long declaredRows(String username) {
        return jdbc.sql("""
                select count(*) from participation_month p join participation_cadre c on c.id = p.cadre_id
                join account a on a.id = c.account_id where a.username = ? and p.source = 'DECLARED'""")
                .param(username).query(Long.class).single();
    }

    @Test
    void aBadDeclarationIsExplainedKeepsWhatWasTypedAndSavesNothing() {
        long page = fixture().provincePage();
        WebSession moderator = WebSession.login(port, "kiemduyet");
        var tab = moderator.get("/channels/participation");
        assertThat(tab.status()).isEqualTo(200);
        assertThat(tab.body()).contains("Tôi theo dõi trang tỉnh", "Bạn chưa khai báo theo dõi trang của Hội LHPN tỉnh.")
                .doesNotContain("id=\"unit-shares\"");
        assertThat(HtmlChecker.staffPageErrors(tab.body())).isEmpty();
        var form = moderator.get("/channels/participation/khai-bao");
        assertThat(form.status()).isEqualTo(200);
        assertThat(HtmlChecker.staffPageErrors(form.body())).isEmpty();
        long before = declaredRows("kiemduyet");

        var refused = moderator.post("/channels/participation/khai-bao", Map.of("channelId", String.valueOf(page),
                "profile", "https://www.facebook.com/groups/hoiphunu", "month", NOW.plusMonths(1).toString(), "interactions", "-2"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Chưa lưu được khai báo",
                "„https://www.facebook.com/groups/hoiphunu“ không phải là đường dẫn trang cá nhân Facebook",
                "Tháng " + NOW.plusMonths(1) + " chưa đến", "Số lần tương tác „-2“ không thể nhỏ hơn 0.",
                "value=\"https://www.facebook.com/groups/hoiphunu\"", "value=\"-2\"", "value=\"" + NOW.plusMonths(1) + "\"");
        assertThat(HtmlChecker.staffPageErrors(refused.body())).isEmpty();
        var notWhole = moderator.post("/channels/participation/khai-bao", Map.of("channelId", String.valueOf(page),
                "profile", "Mai Kiểm Duyệt", "month", NOW.toString(), "interactions", "khoảng 5"));
        assertThat(notWhole.body()).contains("„khoảng 5“ không phải là số nguyên.", "value=\"Mai Kiểm Duyệt\"");
        var tooMany = moderator.post("/channels/participation/khai-bao", Map.of("channelId", "999999999",
                "profile", "Mai Kiểm Duyệt", "month", NOW.toString(), "interactions", "5000"));
        assertThat(tooMany.body()).contains("Hãy chọn một Fanpage của Hội LHPN tỉnh.", "Số lần tương tác trong một tháng tối đa là 1.000.");
        var notAPage = moderator.post("/channels/participation/khai-bao", Map.of("channelId", "trang-tinh",
                "profile", "Mai Kiểm Duyệt", "month", NOW.toString(), "interactions", "5"));
        assertThat(notAPage.status()).isEqualTo(200);
        assertThat(notAPage.body()).contains("Hãy chọn một Fanpage của Hội LHPN tỉnh.", "value=\"Mai Kiểm Duyệt\"");
        assertThat(declaredRows("kiemduyet")).as("nothing is saved from a refused form").isEqualTo(before);

        var saved = moderator.post("/channels/participation/khai-bao", Map.of("channelId", String.valueOf(page),
                "profile", "https://m.facebook.com/profile.php?id=100088812345", "month", NOW.toString(), "interactions", "12"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(declaredRows("kiemduyet")).isEqualTo(before + 1);
        assertThat(jdbc.sql("select c.profile_key from participation_cadre c join account a on a.id = c.account_id where a.username = 'kiemduyet'")
                .query(String.class).single()).isEqualTo("id:100088812345");
        assertThat(moderator.get("/channels/participation?thang=" + NOW).body()).contains("Tháng " + NOW + ": 12 lượt tương tác.");
        var again = moderator.post("/channels/participation/khai-bao", Map.of("channelId", String.valueOf(page),
                "profile", "https://m.facebook.com/profile.php?id=100088812345", "month", NOW.toString(), "interactions", "15"));
        assertThat(again.status()).isEqualTo(302);
        assertThat(declaredRows("kiemduyet")).as("a second declaration of the month replaces the first").isEqualTo(before + 1);

        assertThat(moderator.get("/channels/participation?don-vi=" + fixture().byCode("TH").id()).status())
                .as("a moderator declares but does not see the units' shares").isEqualTo(403);
    }

    @Test
    void sharesAreCountedBySqlAndRollUpTheSubtree() {
        ParticipationFixture f = fixture();
        long page = f.provincePage();
        YearMonth month = NOW.minusMonths(1);
        ParticipationFixture.Unit commune = f.child(f.byCode("TH"), "COMMUNE", "Xã Tỷ Lệ " + ParticipationFixture.suffix());
        ParticipationFixture.Unit branch = f.child(commune, "BRANCH", "Chi hội Thôn Một");
        ParticipationFixture.Unit empty = f.child(f.byCode("TH"), "COMMUNE", "Xã Chưa Có Ai " + ParticipationFixture.suffix());
        long a = f.cadre(commune, "Lê Thị An", null);
        long b = f.cadre(commune, "Lê Thị Bình", null);
        long c = f.cadre(branch, "Lê Thị Cúc", null);
        f.cadre(branch, "Lê Thị Dung", null);
        f.declared(a, page, month, 5);
        f.declared(b, page, month, 3);
        f.imported(b, page, month, 7);
        f.declared(c, page, month.minusMonths(1), 9);
        f.declared(a, page, month.plusMonths(1), 40);

        var board = shares.board(org.unit(commune.id()).orElseThrow(), month);
        assertThat(board.total()).isEqualTo(new ParticipationShare(commune.id(), month, 4, 3, 2, 12));
        assertThat(board.total().followingPercent()).isEqualTo(75);
        assertThat(board.total().interactionsPerCadre()).isEqualTo(3.0);
        assertThat(board.units()).extracting(l -> l.name() + ":" + l.own() + ":" + l.share().cadres() + "/" + l.share().following())
                .containsExactly("Chi hội Thôn Một:false:2/1", commune.name() + ":true:2/2");
        assertThat(shares.board(org.unit(commune.id()).orElseThrow(), month.minusMonths(1)).total())
                .as("a month earlier only Cúc followed").isEqualTo(new ParticipationShare(commune.id(), month.minusMonths(1), 4, 1, 1, 9));
        assertThat(participation.share(commune.id(), month)).isEqualTo(board.total());

        var province = shares.board(org.unit(f.byCode("TH").id()).orElseThrow(), month);
        var line = province.units().stream().filter(l -> l.unitId() == commune.id()).findFirst().orElseThrow();
        assertThat(line.share()).as("the province's line for the commune rolls up its branch")
                .isEqualTo(new ParticipationShare(commune.id(), month, 4, 3, 2, 12));
        int emptyAt = province.units().stream().map(l -> l.unitId()).toList().indexOf(empty.id());
        int communeAt = province.units().indexOf(line);
        assertThat(emptyAt).as("units at 0 % come first").isLessThan(communeAt);
        assertThat(province.units().get(0).share().followingPercent()).isZero();

        var json = ApiClient.as(port, "thuongtruc").get("/api/v1/channels/participation?don-vi=" + commune.id() + "&thang=" + month);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("total").get("followingPercent").asInt()).isEqualTo(75);
        assertThat(json.json().get("total").get("interactions").asInt()).isEqualTo(12);
        assertThat(json.json().get("units").get(0).get("followingPercent").asInt()).isEqualTo(50);
        assertThat(json.json().get("total").get("targetPercent").asInt()).isEqualTo(100);

        WebSession leader = WebSession.login(port, "thuongtruc");
        var pageView = leader.get("/channels/participation?don-vi=" + commune.id() + "&thang=" + month);
        assertThat(pageView.status()).isEqualTo(200);
        assertThat(pageView.body()).contains("75 %", "Lê Thị Dung", "– Chưa", "✓ Đã theo dõi", "Chi hội Thôn Một");
        assertThat(pageView.body().indexOf("Lê Thị Dung")).as("those not following first").isLessThan(pageView.body().indexOf("Lê Thị An"));
        assertThat(HtmlChecker.staffPageErrors(pageView.body())).isEmpty();
    }

    @Test
    void aUnitOfficerKeepsTheirOwnRosterAndNoOtherUnits() {
        ParticipationFixture f = fixture();
        ParticipationFixture.Unit hacThanh = f.byCode("TH-001");
        ParticipationFixture.Unit hoangHoa = f.byCode("TH-020");
        String name = "Đỗ Thị Roster " + ParticipationFixture.suffix();
        WebSession officer = WebSession.login(port, "canbo.hacthanh");

        assertThat(officer.get("/channels/participation?don-vi=" + hoangHoa.id()).status()).isEqualTo(404);
        assertThat(officer.post("/channels/participation/units/" + hoangHoa.id() + "/cadres", Map.of("fullName", name)).status())
                .isEqualTo(404);
        assertThat(officer.get("/channels/participation").body()).as("an officer lands on their own unit").contains("Danh sách cán bộ của");

        var bad = officer.post("/channels/participation/units/" + hacThanh.id() + "/cadres",
                Map.of("fullName", "  ", "position", "Chi hội trưởng Thôn Kiểm Thử", "phone", "gọi tôi", "profile", "https://www.facebook.com/groups/1"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("Hãy nhập họ và tên.", "„gọi tôi“ không phải là số điện thoại.",
                "value=\"Chi hội trưởng Thôn Kiểm Thử\"", "value=\"gọi tôi\"");
        var added = officer.post("/channels/participation/units/" + hacThanh.id() + "/cadres",
                Map.of("fullName", name, "position", "Chi hội trưởng", "phone", "0912 345 678", "profile", ""));
        assertThat(added.status()).isEqualTo(302);
        long id = jdbc.sql("select id from participation_cadre where full_name = ? and active").param(name).query(Long.class).single();
        assertThat(officer.post("/channels/participation/units/" + hacThanh.id() + "/cadres",
                Map.of("fullName", name, "position", "", "phone", "0912 345 678", "profile", "")).body())
                .contains(name + " đã có trong danh sách của đơn vị.");

        WebSession other = WebSession.login(port, "canbo.hoanghoa");
        assertThat(other.get("/channels/participation/khai-bao?can-bo=" + id).status()).isEqualTo(404);
        assertThat(other.post("/channels/participation/cadres/" + id + "/remove", Map.of()).status()).isEqualTo(404);
        assertThat(other.post("/channels/participation/khai-bao", Map.of("can-bo", String.valueOf(id), "channelId",
                String.valueOf(f.provincePage()), "profile", "Ai Đó", "month", NOW.toString(), "interactions", "1")).status()).isEqualTo(404);
        WebSession editor = WebSession.login(port, "bientap");
        assertThat(editor.post("/channels/participation/units/" + hacThanh.id() + "/cadres", Map.of("fullName", "Người Khác")).status())
                .as("an editor sees the province but does not keep rosters").isEqualTo(403);
        assertThat(editor.get("/channels/participation?don-vi=" + hacThanh.id()).body()).contains(name);

        var declared = officer.post("/channels/participation/khai-bao", Map.of("can-bo", String.valueOf(id), "channelId",
                String.valueOf(f.provincePage()), "profile", "https://www.facebook.com/do.thi.roster", "month", NOW.toString(), "interactions", "6"));
        assertThat(declared.status()).isEqualTo(302);
        assertThat(shares.standing(id, NOW)).isEqualTo(new ParticipationShares.Standing(true, 6,
                jdbc.sql("select name from channel where id = ?").param(f.provincePage()).query(String.class).single()));
        assertThat(officer.post("/channels/participation/cadres/" + id + "/remove", Map.of()).status()).isEqualTo(302);
        assertThat(jdbc.sql("select active from participation_cadre where id = ?").param(id).query(Boolean.class).single()).isFalse();
    }
}
