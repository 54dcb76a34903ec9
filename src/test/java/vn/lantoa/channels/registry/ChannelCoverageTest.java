package vn.lantoa.channels.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.Accounts;
import vn.lantoa.accountability.Fixture;
import vn.lantoa.channels.ChannelKind;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.HtmlChecker;
import vn.lantoa.support.IntegrationTest;
import vn.lantoa.support.WebSession;

@IntegrationTest
class ChannelCoverageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChannelCoverage coverage;

    private void channel(UnitRef unit, ChannelKind kind, String url, boolean active) {
        ChannelAddress.Address a = ChannelAddress.of(kind, url);
        jdbc.sql("insert into channel (unit_id, kind, name, name_folded, url, url_key, active) values (:u, :k, :n, :n, :url, :key, :active)")
                .param("u", unit.id()).param("k", kind.name()).param("n", "Kênh " + unit.code()).param("url", a.url()).param("key", a.key())
                .param("active", active).update();
    }

    @Test
    void coverageCountsTheUnitsOfEachLevelWithTheirKindsOfChannel() throws Exception {
        Fixture fixture = new Fixture(jdbc);
        Fixture.Province p = fixture.province(5);
        String t = p.province().code().toLowerCase().replaceAll("[^a-z0-9]", "");
        List<UnitRef> c = p.communes();
        UnitRef branch1 = fixture.child(c.get(0), UnitLevel.BRANCH);
        fixture.child(c.get(0), UnitLevel.BRANCH);
        channel(p.province(), ChannelKind.FACEBOOK_PAGE, "facebook.com/tinh" + t, true);
        channel(c.get(0), ChannelKind.FACEBOOK_PAGE, "facebook.com/xa1" + t, true);
        channel(c.get(0), ChannelKind.ZALO_GROUP, "zalo.me/g/xa1" + t, true);
        channel(c.get(1), ChannelKind.FACEBOOK_GROUP, "facebook.com/groups/xa2" + t, true);
        channel(c.get(2), ChannelKind.FACEBOOK_PAGE, "facebook.com/xa3" + t, false);
        channel(c.get(4), ChannelKind.FACEBOOK_PAGE, "facebook.com/xa5" + t, true);
        fixture.deactivate(c.get(4));
        channel(branch1, ChannelKind.FACEBOOK_PAGE, "facebook.com/chihoi" + t, true);
        channel(branch1, ChannelKind.ZALO_OA, "zalo.me/chihoi" + t, true);

        List<ChannelCoverage.LevelCoverage> levels = coverage.byLevel(p.province());
        assertThat(levels).containsExactly(
                new ChannelCoverage.LevelCoverage(UnitLevel.COMMUNE, 4, 1, 1, 0, 1),
                new ChannelCoverage.LevelCoverage(UnitLevel.BRANCH, 2, 1, 0, 1, 0));
        assertThat(levels.get(0).pagePercent()).isEqualTo(25);
        assertThat(coverage.channelsByKind(p.province())).containsEntry(ChannelKind.FACEBOOK_PAGE, 3L).containsEntry(ChannelKind.ZALO_GROUP, 1L)
                .containsEntry(ChannelKind.FACEBOOK_GROUP, 1L).containsEntry(ChannelKind.ZALO_OA, 1L).containsEntry(ChannelKind.YOUTUBE, 0L);
        assertThat(coverage.children(p.province())).extracting(ChannelCoverage.ChildCoverage::code, ChannelCoverage.ChildCoverage::page,
                        ChannelCoverage.ChildCoverage::group, ChannelCoverage.ChildCoverage::zaloGroup)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(c.get(0).code(), true, false, true),
                        org.assertj.core.groups.Tuple.tuple(c.get(1).code(), false, true, false),
                        org.assertj.core.groups.Tuple.tuple(c.get(2).code(), false, false, false),
                        org.assertj.core.groups.Tuple.tuple(c.get(3).code(), false, false, false));
        ChannelCoverage.Gaps gaps = coverage.withoutPage(p.province(), UnitLevel.COMMUNE, 500);
        assertThat(gaps.total()).isEqualTo(3);
        assertThat(gaps.units()).extracting(ChannelCoverage.Uncovered::code).containsExactly(c.get(1).code(), c.get(2).code(), c.get(3).code());
        assertThat(gaps.units().get(0).kinds()).containsExactly(ChannelKind.FACEBOOK_GROUP);
        assertThat(coverage.withoutPage(p.province(), UnitLevel.COMMUNE, 2).total()).as("the total whatever the limit").isEqualTo(3);
        assertThat(coverage.withoutPage(p.province(), UnitLevel.BRANCH, 500).total()).isEqualTo(1);

        WebSession admin = WebSession.login(port, new Accounts(jdbc).holding("ADMIN", p.province()));
        WebSession.Page page = admin.get("/channels/coverage");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Đơn vị có Fanpage.", "1 (25%)", "3 đơn vị cấp Xã/phường chưa có Fanpage.",
                "/channels/new?don-vi=" + c.get(1).id() + "&amp;loai=FACEBOOK_PAGE", c.get(3).name());
        assertThat(page.body()).doesNotContain("id=\"gap-" + c.get(0).id() + "\"");
        assertThat(HtmlChecker.staffPageErrors(page.body())).isEmpty();
        assertThat(admin.get("/channels/coverage?cap=BRANCH").body()).contains("1 đơn vị cấp Chi hội chưa có Fanpage.");
        WebSession.Page commune = admin.get("/channels/coverage?don-vi=" + c.get(1).id());
        assertThat(commune.body()).contains(c.get(1).name() + " chưa có Fanpage.");
        assertThat(HtmlChecker.staffPageErrors(commune.body())).isEmpty();

        HttpResponse<byte[]> xlsx = admin.download("/channels/coverage/no-fanpage.xlsx?don-vi=" + p.province().id() + "&cap=COMMUNE");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<String> names = new java.util.ArrayList<>();
        try (var workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            workbook.getFirstSheet().openStream().forEach(r -> names.add(r.getCellText(1)));
        }
        assertThat(names).containsExactly("Tên đơn vị", c.get(1).name(), c.get(2).name(), c.get(3).name());

        assertThat(WebSession.login(port, "bientap").get("/channels/coverage?don-vi=" + p.province().id()).status()).isEqualTo(404);
        WebSession th = WebSession.login(port, "bientap");
        WebSession.Page thPage = th.get("/channels/coverage");
        assertThat(thPage.body()).contains("Hội LHPN tỉnh Thanh Hóa", "Đơn vị có Fanpage.", "Phụ nữ", "Hội LHPN phường Hạc Thành");
    }
}
