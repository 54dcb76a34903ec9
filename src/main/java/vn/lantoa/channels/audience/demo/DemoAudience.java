package vn.lantoa.channels.audience.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo channels' audience: two years of plausible figures for whatever channels the registry's demo
 * made (pages and OAs day by day, groups week by week, nothing for websites), and for the Facebook group
 * of Hạc Thành (TH-001) the seed's growth: 299 members six months before the end of last month, 1,514
 * at its end, with 170 non-members and 92 % women. Runs after the registry's demo ({@link #ORDER}, by
 * order, not by a bean dependency); a channel that has any figure already is left alone, so running it
 * again changes nothing.
 */
@Component
@Order(DemoAudience.ORDER)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoAudience implements ApplicationRunner {

    /** After the registry's demo channels (which must run at an order below this one). */
    static final int ORDER = 70;

    private static final Logger log = LoggerFactory.getLogger(DemoAudience.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoAudience(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        int group = seedGroup(today);
        int others = jdbc.sql("""
                insert into channel_audience (channel_id, day, audience, non_members, women_percent, source)
                select c.id, d.day::date,
                       -- a start between 300 and 4,000 that grows by 40-160 % over two years, with a weekly ripple
                       greatest(0, round((300 + (c.id * 7919) % 3700)
                             * (1 + (0.4 + (c.id % 7) * 0.2) * ((d.day::date - (cast(:today as date) - 730)) / 730.0))
                             + 12 * sin(d.day::date - cast(:today as date))))::int,
                       case when c.kind in ('FACEBOOK_GROUP', 'ZALO_GROUP')
                            then round((60 + (c.id * 31) % 200) * (1 + 0.5 * ((d.day::date - (cast(:today as date) - 730)) / 730.0)))::int end,
                       case when c.kind in ('FACEBOOK_GROUP', 'ZALO_GROUP') then 85 + (c.id % 12) end,
                       case when c.kind in ('FACEBOOK_PAGE', 'ZALO_OA') then 'API' else 'MANUAL' end
                from channel c
                cross join lateral generate_series(greatest(cast(:today as date) - 730, coalesce(c.launched_on, cast(:today as date) - 730)),
                                                   cast(:today as date) - 1,
                                                   case when c.kind in ('FACEBOOK_GROUP', 'ZALO_GROUP') then interval '7 days'
                                                        else interval '1 day' end) as d(day)
                where c.active and c.kind <> 'WEBSITE' and c.id <> :seedGroup
                  and not exists (select 1 from channel_audience a where a.channel_id = c.id)
                on conflict (channel_id, day) do nothing""")
                .param("today", today).param("seedGroup", seedGroupId().orElse(-1L)).update();
        if (group + others > 0) {
            log.info("Wrote {} demo audience figures ({} for the group of TH-001)", group + others, group);
        }
    }

    private Optional<Long> seedGroupId() {
        return jdbc.sql("""
                select c.id from channel c join unit u on u.id = c.unit_id
                where u.code = 'TH-001' and c.kind = 'FACEBOOK_GROUP' and c.active order by c.id limit 1""")
                .query(Long.class).optional();
    }

    /** 299 → 1,514 members over the six months ending last month, one figure a week, then the exact end figures. */
    private int seedGroup(LocalDate today) {
        return seedGroupId().map(id -> seedGroup(id, today)).orElse(0);
    }

    /** The seed's figures for this group, unless it has figures already. */
    int seedGroup(long groupId, LocalDate today) {
        Optional<Long> id = Optional.of(groupId);
        if (jdbc.sql("select exists (select 1 from channel_audience where channel_id = ?)").param(id.get())
                .query(Boolean.class).single()) {
            return 0;
        }
        LocalDate end = today.withDayOfMonth(1).minusDays(1);
        LocalDate start = end.minusMonths(6).with(TemporalAdjusters.lastDayOfMonth());
        int written = jdbc.sql("""
                insert into channel_audience (channel_id, day, audience, non_members, women_percent, source)
                select :id, d.day::date,
                       round(299 + (1514 - 299) * power((d.day::date - cast(:start as date)) / (cast(:end as date) - cast(:start as date))::numeric, 1.15))::int,
                       round(20 + 150 * ((d.day::date - cast(:start as date)) / (cast(:end as date) - cast(:start as date))::numeric))::int,
                       90 + 2 * ((d.day::date - cast(:start as date)) / (cast(:end as date) - cast(:start as date))::numeric),
                       'MANUAL'
                from generate_series(cast(:start as date), cast(:end as date) - 1, interval '7 days') as d(day)""")
                .param("id", id.get()).param("start", start).param("end", end).update();
        written += jdbc.sql("""
                insert into channel_audience (channel_id, day, audience, non_members, women_percent, source)
                values (:id, :end, 1514, 170, 92, 'MANUAL')
                on conflict (channel_id, day) do update set audience = 1514, non_members = 170, women_percent = 92""")
                .param("id", id.get()).param("end", end).update();
        return written;
    }
}
