package vn.lantoa.channels.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.channels.AudienceSource;
import vn.lantoa.org.UnitRef;
import vn.lantoa.support.IntegrationTest;

/**
 * The roll-up arithmetic against an independent count: a channel measured monthly, one daily, one
 * starting in the middle of the period, a deactivated one (never counted), and one of a branch under a
 * commune (counted in the commune and the province); day by day and week by week, and after a figure
 * in the middle of the history is replaced or removed (the weekly summary follows).
 */
@IntegrationTest
class AudienceRollupsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AudienceRollups rollups;
    @Autowired
    AudienceRecords records;

    private record Setup(UnitRef province, UnitRef c1, UnitRef c2, UnitRef branch, long monthly, long daily, long late, long gone,
                         long sub, Map<Long, NavigableMap<LocalDate, Integer>> figures) {
    }

    private Setup setup() {
        AudienceFixture fx = new AudienceFixture(jdbc);
        UnitRef province = fx.province();
        UnitRef c1 = fx.child(province, "Xã một");
        UnitRef c2 = fx.child(province, "Xã hai");
        UnitRef branch = fx.child(c1, "Chi hội");
        long monthly = fx.channel(c1, "FACEBOOK_GROUP", "Nhóm đo hằng tháng", null);
        long daily = fx.channel(c2, "FACEBOOK_PAGE", "Fanpage đo hằng ngày", null);
        long late = fx.channel(c2, "ZALO_OA", "Zalo OA mới", LocalDate.of(2025, 2, 10));
        long gone = fx.channel(c1, "FACEBOOK_PAGE", "Fanpage đã ngừng", null);
        long sub = fx.channel(branch, "ZALO_GROUP", "Nhóm Zalo chi hội", null);
        Map<Long, NavigableMap<LocalDate, Integer>> figures = new HashMap<>();
        put(fx, figures, monthly, LocalDate.of(2024, 12, 15), 100);
        put(fx, figures, monthly, LocalDate.of(2025, 1, 15), 200);
        put(fx, figures, monthly, LocalDate.of(2025, 2, 15), 300);
        put(fx, figures, monthly, LocalDate.of(2025, 3, 15), 400);
        for (LocalDate d = LocalDate.of(2024, 12, 25); !d.isAfter(LocalDate.of(2025, 3, 31)); d = d.plusDays(1)) {
            put(fx, figures, daily, d, 1000 + d.getDayOfYear() * 3 % 97);
        }
        put(fx, figures, late, LocalDate.of(2025, 2, 10), 50);
        put(fx, figures, late, LocalDate.of(2025, 3, 10), 80);
        fx.figure(gone, LocalDate.of(2025, 1, 1), 5000);
        fx.deactivate(gone);
        put(fx, figures, sub, LocalDate.of(2025, 1, 1), 10);
        put(fx, figures, sub, LocalDate.of(2025, 3, 20), 7);
        return new Setup(province, c1, c2, branch, monthly, daily, late, gone, sub, figures);
    }

    private static void put(AudienceFixture fx, Map<Long, NavigableMap<LocalDate, Integer>> figures, long channel, LocalDate day, int value) {
        fx.figure(channel, day, value);
        figures.computeIfAbsent(channel, c -> new TreeMap<>()).put(day, value);
    }

    /** The independent count: each channel's last figure on or before the day. */
    private static long expected(Map<Long, NavigableMap<LocalDate, Integer>> figures, LocalDate day, List<Long> channels) {
        long sum = 0;
        for (long c : channels) {
            Map.Entry<LocalDate, Integer> e = figures.getOrDefault(c, new TreeMap<>()).floorEntry(day);
            sum += e == null ? 0 : e.getValue();
        }
        return sum;
    }

    @Test
    void dayByDayEachChannelCountsWithItsLastFigure() {
        Setup s = setup();
        AudiencePeriod q1 = new AudiencePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        assertThat(q1.isDaily()).isTrue();
        List<AudienceRollups.Totals> series = rollups.series(s.province().path(), q1, Optional.empty());
        assertThat(series).hasSize(90);
        List<Long> all = List.of(s.monthly(), s.daily(), s.late(), s.sub());
        for (AudienceRollups.Totals t : series) {
            assertThat(t.total()).as("total on %s", t.day()).isEqualTo(expected(s.figures(), t.day(), all));
            assertThat(t.fanpage()).as("fanpages on %s", t.day()).isEqualTo(expected(s.figures(), t.day(), List.of(s.daily())));
            assertThat(t.group()).as("groups on %s", t.day()).isEqualTo(expected(s.figures(), t.day(), List.of(s.monthly())));
            assertThat(t.zalo()).as("zalo on %s", t.day()).isEqualTo(expected(s.figures(), t.day(), List.of(s.late(), s.sub())));
        }
        // on 1 January: the monthly group's December figure, the page's, the branch's; the late OA nothing yet
        assertThat(series.get(0).total()).isEqualTo(100 + s.figures().get(s.daily()).get(LocalDate.of(2025, 1, 1)) + 10);
        // the commune holds the branch's channel; the deactivated page counts nowhere
        List<AudienceRollups.Totals> commune = rollups.series(s.c1().path(), q1, Optional.empty());
        assertThat(commune.get(89).total()).isEqualTo(400 + 7);
        assertThat(rollups.series(s.c1().path(), q1, Optional.of(KindGroup.FANPAGE)).get(89).total()).isZero();
        assertThat(rollups.series(s.province().path(), q1, Optional.of(KindGroup.ZALO)).get(89).total()).isEqualTo(80 + 7);
    }

    @Test
    void weekByWeekTheSummaryGivesTheSameFiguresAndFollowsChanges() {
        Setup s = setup();
        AudiencePeriod year = new AudiencePeriod(LocalDate.of(2024, 10, 3), LocalDate.of(2025, 6, 4));
        assertThat(year.isDaily()).isFalse();
        List<Long> all = List.of(s.monthly(), s.daily(), s.late(), s.sub());
        List<AudienceRollups.Totals> series = rollups.series(s.province().path(), year, Optional.empty());
        assertThat(series.get(0).day()).isEqualTo(year.from());
        assertThat(series.get(series.size() - 1).day()).isEqualTo(year.to());
        assertThat(series.get(1).day().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
        assertThat(series).hasSize(2 + 35);
        for (AudienceRollups.Totals t : series) {
            assertThat(t.total()).as("total on %s", t.day()).isEqualTo(expected(s.figures(), t.day(), all));
            assertThat(t.zalo()).as("zalo on %s", t.day()).isEqualTo(expected(s.figures(), t.day(), List.of(s.late(), s.sub())));
        }

        // a figure replaced in the middle of a week and one removed: the weekly summary follows
        records.write(s.monthly(), new AudienceFigure(LocalDate.of(2025, 1, 15), 250, null, null), AudienceSource.MANUAL, null);
        s.figures().get(s.monthly()).put(LocalDate.of(2025, 1, 15), 250);
        jdbc.sql("delete from channel_audience where channel_id = :c and day = '2025-02-15'").param("c", s.monthly()).update();
        s.figures().get(s.monthly()).remove(LocalDate.of(2025, 2, 15));
        records.write(s.sub(), new AudienceFigure(LocalDate.of(2024, 11, 5), 3, null, null), AudienceSource.IMPORT, null);
        s.figures().get(s.sub()).put(LocalDate.of(2024, 11, 5), 3);
        for (AudienceRollups.Totals t : rollups.series(s.province().path(), year, Optional.empty())) {
            assertThat(t.total()).as("after the changes, total on %s", t.day()).isEqualTo(expected(s.figures(), t.day(), all));
        }
    }

    @Test
    void childUnitsAndChannelsHaveTheirStartAndEnd() {
        Setup s = setup();
        AudiencePeriod q1 = new AudiencePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31));
        List<AudienceRollups.UnitGrowth> units = rollups.tables(s.province().id(), s.province().path(), q1, Optional.empty()).units();
        assertThat(units).extracting(AudienceRollups.UnitGrowth::unitId).containsExactlyInAnyOrder(s.c1().id(), s.c2().id());
        AudienceRollups.UnitGrowth c1 = units.stream().filter(u -> u.unitId() == s.c1().id()).findFirst().orElseThrow();
        assertThat(c1.channels()).isEqualTo(2);
        assertThat(c1.start()).isEqualTo(100 + 10);
        assertThat(c1.end()).isEqualTo(400 + 7);
        AudienceRollups.UnitGrowth c2 = units.stream().filter(u -> u.unitId() == s.c2().id()).findFirst().orElseThrow();
        int dailyStart = s.figures().get(s.daily()).get(LocalDate.of(2025, 1, 1));
        int dailyEnd = s.figures().get(s.daily()).get(LocalDate.of(2025, 3, 31));
        assertThat(c2.start()).isEqualTo(dailyStart);
        assertThat(c2.end()).isEqualTo(dailyEnd + 80);
        assertThat(c2.growth().change()).isEqualTo(dailyEnd + 80 - dailyStart);

        List<AudienceRollups.ChannelGrowth> channels = rollups.tables(s.province().id(), s.province().path(), q1, Optional.empty()).channels();
        assertThat(channels).extracting(AudienceRollups.ChannelGrowth::id).containsExactlyInAnyOrder(s.monthly(), s.daily(), s.late(), s.sub());
        AudienceRollups.ChannelGrowth monthly = channels.stream().filter(c -> c.id() == s.monthly()).findFirst().orElseThrow();
        assertThat(monthly.growth()).isEqualTo(new Growth(100, 400));
        assertThat(monthly.growth().percent()).contains(300L);
        AudienceRollups.ChannelGrowth late = channels.stream().filter(c -> c.id() == s.late()).findFirst().orElseThrow();
        assertThat(late.start()).isZero();
        assertThat(late.growth().percent()).isEmpty();

        // the commune's own table: its own channel (the deactivated one left out) and the branch
        List<AudienceRollups.UnitGrowth> inC1 = rollups.tables(s.c1().id(), s.c1().path(), q1, Optional.empty()).units();
        assertThat(inC1).extracting(AudienceRollups.UnitGrowth::own, AudienceRollups.UnitGrowth::channels, AudienceRollups.UnitGrowth::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 1, 400L), org.assertj.core.groups.Tuple.tuple(false, 1, 7L));
    }
}
