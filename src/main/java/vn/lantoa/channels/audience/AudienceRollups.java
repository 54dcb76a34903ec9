package vn.lantoa.channels.audience;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.lantoa.channels.ChannelKind;

/**
 * The audience of a subtree's active channels over a period, all summed in SQL. A channel counts on a
 * day with its last figure on or before that day (nothing before its first one); a deactivated channel
 * does not count at all. Short periods are drawn day by day from the daily figures; longer ones week
 * by week from the weekly summary of V23 (each channel's last figure of each week, with its change
 * since the week before: the total on a Sunday is the sum of the changes up to it), and their two ends
 * exactly from the daily figures.
 */
@Repository
public class AudienceRollups {

    /** The totals on a day: all channels, and by kind of channel. */
    public record Totals(LocalDate day, long total, long fanpage, long group, long zalo, long other) {

        public long of(KindGroup g) {
            return switch (g) {
                case FANPAGE -> fanpage;
                case GROUP -> group;
                case ZALO -> zalo;
                case OTHER -> other;
            };
        }
    }

    /** A channel with its figure at the start and at the end of the period (0 when it had none yet). */
    public record ChannelGrowth(long id, String name, ChannelKind kind, long unitId, String unitName, long start, long end,
                                boolean measured) {

        public Growth growth() {
            return new Growth(start, end);
        }
    }

    /** A child unit (or the unit itself, for its own channels) with the sums over its subtree's channels. */
    public record UnitGrowth(long unitId, String name, boolean own, int channels, long start, long end) {

        public Growth growth() {
            return new Growth(start, end);
        }
    }

    private static final String SUMS = """
            coalesce(sum(%1$s), 0) as total,
            coalesce(sum(%1$s) filter (where ch.kind = 'FACEBOOK_PAGE'), 0) as fanpage,
            coalesce(sum(%1$s) filter (where ch.kind = 'FACEBOOK_GROUP'), 0) as grp,
            coalesce(sum(%1$s) filter (where ch.kind in ('ZALO_OA', 'ZALO_GROUP')), 0) as zalo,
            coalesce(sum(%1$s) filter (where ch.kind in ('YOUTUBE', 'TIKTOK', 'WEBSITE')), 0) as other""";

    private static final String CHANNELS = """
            with ch as (select c.id, c.kind from channel c join unit u on u.id = c.unit_id
                        where c.active and u.path like :path || '%' and c.kind in (:kinds))
            """;

    private final JdbcClient jdbc;

    AudienceRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static List<String> kinds(Optional<KindGroup> group) {
        return group.map(KindGroup::kindNames).orElseGet(() -> java.util.Arrays.stream(ChannelKind.values()).map(Enum::name).toList());
    }

    /** The totals on every point of the chart: each day of a short period, each Sunday of a long one and its two ends. */
    public List<Totals> series(String unitPath, AudiencePeriod period, Optional<KindGroup> group) {
        return period.isDaily() ? daily(unitPath, period, group) : weekly(unitPath, period, group);
    }

    /** The totals on one day, from the daily figures: the last one of each channel on or before it. */
    public Totals on(String unitPath, LocalDate day, Optional<KindGroup> group) {
        return jdbc.sql(CHANNELS + "select cast(:day as date) as day, " + SUMS.formatted("f.audience") + """

                from ch cross join lateral (select a.audience from channel_audience a
                                            where a.channel_id = ch.id and a.day <= :day order by a.day desc limit 1) f""")
                .param("path", unitPath).param("kinds", kinds(group)).param("day", day)
                .query(AudienceRollups::totals).single();
    }

    private List<Totals> daily(String unitPath, AudiencePeriod period, Optional<KindGroup> group) {
        return jdbc.sql(CHANNELS + """
                , f as (
                    select ch.id as channel_id, ch.kind, cast(:from as date) as day, s.audience
                    from ch cross join lateral (select a.audience from channel_audience a
                                                where a.channel_id = ch.id and a.day <= :from order by a.day desc limit 1) s
                    union all
                    select a.channel_id, ch.kind, a.day, a.audience
                    from channel_audience a join ch on ch.id = a.channel_id
                    where a.day > :from and a.day <= :to
                ),
                d as (select f.kind, f.day, f.audience - coalesce(lag(f.audience) over (partition by f.channel_id order by f.day), 0) as delta
                      from f),
                per_day as materialized (select ch.day, %s from d as ch group by ch.day),
                days as (select g.day::date as day from generate_series(cast(:from as date), cast(:to as date), interval '1 day') g(day))
                select days.day,
                       sum(coalesce(p.total, 0)) over w as total, sum(coalesce(p.fanpage, 0)) over w as fanpage,
                       sum(coalesce(p.grp, 0)) over w as grp, sum(coalesce(p.zalo, 0)) over w as zalo,
                       sum(coalesce(p.other, 0)) over w as other
                from days left join per_day p on p.day = days.day
                window w as (order by days.day)
                order by days.day""".formatted(SUMS.formatted("ch.delta")))
                .param("path", unitPath).param("kinds", kinds(group)).param("from", period.from()).param("to", period.to())
                .query(AudienceRollups::totals).list();
    }

    private List<Totals> weekly(String unitPath, AudiencePeriod period, Optional<KindGroup> group) {
        LocalDate firstSunday = period.from().plusDays(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        LocalDate lastSunday = period.to().minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        List<Totals> points = new ArrayList<>();
        points.add(on(unitPath, period.from(), group));
        if (!firstSunday.isAfter(lastSunday)) {
            points.addAll(jdbc.sql(CHANNELS + """
                    , per_week as materialized (select w.week, %s
                                   from channel_audience_week w join ch on ch.id = w.channel_id
                                   where w.week <= :last group by w.week),
                    base as (select coalesce(sum(total), 0) as total, coalesce(sum(fanpage), 0) as fanpage, coalesce(sum(grp), 0) as grp,
                                    coalesce(sum(zalo), 0) as zalo, coalesce(sum(other), 0) as other
                             from per_week where week < :first)
                    select s.week as day,
                           b.total + sum(coalesce(p.total, 0)) over w as total, b.fanpage + sum(coalesce(p.fanpage, 0)) over w as fanpage,
                           b.grp + sum(coalesce(p.grp, 0)) over w as grp, b.zalo + sum(coalesce(p.zalo, 0)) over w as zalo,
                           b.other + sum(coalesce(p.other, 0)) over w as other
                    from (select g.week::date as week from generate_series(cast(:first as date), cast(:last as date), interval '7 days') g(week)) s
                    left join per_week p on p.week = s.week
                    cross join base b
                    window w as (order by s.week)
                    order by s.week""".formatted(SUMS.formatted("w.delta")))
                    .param("path", unitPath).param("kinds", kinds(group)).param("first", firstSunday).param("last", lastSunday)
                    .query(AudienceRollups::totals).list());
        }
        points.add(on(unitPath, period.to(), group));
        return points;
    }

    /** The tables under the chart: the unit's own channels and each child's subtree summed, and every channel. */
    public record Tables(List<UnitGrowth> units, List<ChannelGrowth> channels) {
    }

    /**
     * Every active channel of the subtree with its figures at both ends of the period, and the sums of the
     * unit's own channels and of each child unit's subtree, in one statement: each channel's two figures
     * are looked up once (two index probes) and feed both tables.
     */
    public Tables tables(long unitId, String unitPath, AudiencePeriod period, Optional<KindGroup> group) {
        List<UnitGrowth> units = new ArrayList<>();
        List<ChannelGrowth> channels = new ArrayList<>();
        jdbc.sql("""
                with se as materialized (
                    select c.id, c.name, c.kind, u.id as unit_id, u.name as unit_name, u.path, coalesce(s.audience, 0) as start_figure,
                           coalesce(e.audience, 0) as end_figure, e.audience is not null as measured
                    from channel c join unit u on u.id = c.unit_id
                    left join lateral (select a.audience from channel_audience a where a.channel_id = c.id and a.day <= :from
                                       order by a.day desc limit 1) s on true
                    left join lateral (select a.audience from channel_audience a where a.channel_id = c.id and a.day <= :to
                                       order by a.day desc limit 1) e on true
                    where c.active and u.path like :path || '%' and c.kind in (:kinds)
                ),
                parts as (select k.id, k.name, k.path, false as own from unit k where k.parent_id = :unit
                          union all select :unit, u.name, u.path, true from unit u where u.id = :unit),
                unit_rows as (
                    select p.id, p.name, p.own, count(se.path) as channels, coalesce(sum(se.start_figure), 0) as start_figure,
                           coalesce(sum(se.end_figure), 0) as end_figure
                    from parts p left join se on (p.own and se.path = p.path) or (not p.own and se.path like p.path || '%')
                    group by p.id, p.name, p.own
                    having count(se.path) > 0
                )
                select true as is_unit, id, name, own, channels, start_figure, end_figure, null as kind, null::bigint as unit_id,
                       null as unit_name, null::boolean as measured, case when own then '0' else '1' end as k1, name as k2, '' as k3
                from unit_rows
                union all
                select false, id, name, null, null, start_figure, end_figure, kind, unit_id, unit_name, measured, path, kind, name
                from se
                order by is_unit desc, k1, k2, k3""")
                .param("path", unitPath).param("kinds", kinds(group)).param("from", period.from()).param("to", period.to())
                .param("unit", unitId)
                .query(rs -> {
                    if (rs.getBoolean("is_unit")) {
                        units.add(new UnitGrowth(rs.getLong("id"), rs.getString("name"), rs.getBoolean("own"), rs.getInt("channels"),
                                rs.getLong("start_figure"), rs.getLong("end_figure")));
                    } else {
                        channels.add(new ChannelGrowth(rs.getLong("id"), rs.getString("name"), ChannelKind.valueOf(rs.getString("kind")),
                                rs.getLong("unit_id"), rs.getString("unit_name"), rs.getLong("start_figure"), rs.getLong("end_figure"),
                                rs.getBoolean("measured")));
                    }
                });
        return new Tables(units, channels);
    }

    private static Totals totals(ResultSet rs, int n) throws SQLException {
        return new Totals(rs.getDate("day").toLocalDate(), rs.getLong("total"), rs.getLong("fanpage"), rs.getLong("grp"),
                rs.getLong("zalo"), rs.getLong("other"));
    }
}
