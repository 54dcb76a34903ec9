package vn.lantoa.channels.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.accountability.reports.SystemFigures;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.IntegrationTest;

/** The channels' figures reach a unit's monthly report through the accountability module's SystemFigures. */
@IntegrationTest
class ChannelActivityFiguresTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SystemFigures systemFigures;

    @Test
    void postsEngagementAudienceAndGrowthOfTheSubtreeInTheMonth() {
        AudienceFixture fx = new AudienceFixture(jdbc);
        UnitRef province = fx.province();
        UnitRef commune = fx.child(province, "Xã Báo Cáo");
        long group = fx.channel(commune, "FACEBOOK_GROUP", "Nhóm xã Báo Cáo", null);
        long page = fx.channel(province, "FACEBOOK_PAGE", "Fanpage tỉnh Báo Cáo", null);
        long newPage = fx.channel(commune, "FACEBOOK_PAGE", "Fanpage mới", null);
        long closed = fx.channel(commune, "ZALO_GROUP", "Nhóm đã dừng", null);
        fx.figure(group, LocalDate.of(2026, 9, 20), 299);
        fx.figure(group, LocalDate.of(2026, 10, 31), 450);
        fx.figure(group, LocalDate.of(2026, 11, 1), 999);       // the next month: not in October's report
        fx.figure(page, LocalDate.of(2026, 10, 10), 2_000);
        fx.figure(newPage, LocalDate.of(2026, 10, 5), 100);
        fx.figure(newPage, LocalDate.of(2026, 10, 25), 130);
        fx.figure(closed, LocalDate.of(2026, 10, 5), 5_000);
        fx.deactivate(closed);
        post(page, "2026-10-01T00:30:00+07", 10, 2, 3);          // 1 October in Vietnam
        post(group, "2026-10-31T23:59:00+07", 1, 1, 1);
        post(group, "2026-09-30T23:59:00+07", 100, 100, 100);    // September in Vietnam

        Map<String, Long> commune10 = figures(commune, YearMonth.of(2026, 10));
        assertThat(commune10).containsEntry("channels.posts", 1L).containsEntry("channels.engagement", 3L)
                .containsEntry("channels.audience", 450L + 130L)
                .as("the group from 299 before October, the new page from its first figure").containsEntry("channels.audience-growth", 151L + 30L);

        Map<String, Long> province10 = figures(province, YearMonth.of(2026, 10));
        assertThat(province10).containsEntry("channels.posts", 2L).containsEntry("channels.engagement", 18L)
                .containsEntry("channels.audience", 2_580L).containsEntry("channels.audience-growth", 181L);

        UnitRef withoutChannels = fx.child(province, "Xã Chưa Có Kênh");
        assertThat(figures(withoutChannels, YearMonth.of(2026, 10))).doesNotContainKeys("channels.posts", "channels.audience");
    }

    private Map<String, Long> figures(UnitRef unit, YearMonth month) {
        return systemFigures.of(unit, month).stream().collect(Collectors.toMap(SystemFigures.Figure::key, SystemFigures.Figure::value));
    }

    private void post(long channelId, String publishedAt, long reactions, long comments, long shares) {
        jdbc.sql("""
                insert into channel_post (channel_id, external_id, published_at, reactions, comments, shares, source)
                values (:channel, :external, cast(:at as timestamptz), :reactions, :comments, :shares, 'IMPORT')""")
                .param("channel", channelId).param("external", channelId + "_" + System.nanoTime()).param("at", publishedAt)
                .param("reactions", reactions).param("comments", comments).param("shares", shares).update();
    }
}
