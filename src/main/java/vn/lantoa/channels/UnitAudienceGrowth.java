package vn.lantoa.channels;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audience of many units' channels over a period, each unit counting its whole subtree: the sum of
 * the active channels' figures at the start and at the end. A channel's start is its last figure on or
 * before the first day, or, for a channel first measured during the period, its first figure then (a
 * new channel counts its growth since it was first measured, not from nothing); its end is its last
 * figure on or before the last day. Read by the emulation score.
 */
@Component
public class UnitAudienceGrowth {

    /** A unit's sums; channels counts those measured at both ends. */
    public record Figures(long unitId, int channels, long start, long end) {

        /** The growth as a fraction of the start (0.25 for 25 %), or empty when there was nothing to grow from. */
        public Optional<Double> rate() {
            return start <= 0 ? Optional.empty() : Optional.of((double) (end - start) / start);
        }
    }

    private final JdbcClient jdbc;

    UnitAudienceGrowth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units' figures by unit id; a unit without a channel measured at both ends is left out. */
    public Map<Long, Figures> of(List<Long> unitIds, LocalDate from, LocalDate to) {
        Map<Long, Figures> byUnit = new HashMap<>();
        if (unitIds.isEmpty()) {
            return byUnit;
        }
        jdbc.sql("""
                with held as (select u.id, u.path from unit u where u.id in (:ids)),
                ch as materialized (
                    select u.path, coalesce(s.audience, f.audience) as start_figure, e.audience as end_figure
                    from channel c join unit u on u.id = c.unit_id
                    left join lateral (select a.audience from channel_audience a where a.channel_id = c.id and a.day <= :from
                                       order by a.day desc limit 1) s on true
                    left join lateral (select a.audience from channel_audience a where a.channel_id = c.id and a.day > :from
                                         and a.day <= :to order by a.day limit 1) f on true
                    join lateral (select a.audience from channel_audience a where a.channel_id = c.id and a.day <= :to
                                  order by a.day desc limit 1) e on true
                    where c.active and exists (select 1 from held h where u.path like h.path || '%')
                )
                select h.id, count(*) as channels, sum(ch.start_figure) as start_figure, sum(ch.end_figure) as end_figure
                from held h join ch on ch.path like h.path || '%'
                where ch.start_figure is not null
                group by h.id""")
                .param("ids", unitIds).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query((rs, n) -> byUnit.put(rs.getLong("id"), new Figures(rs.getLong("id"), rs.getInt("channels"),
                        rs.getLong("start_figure"), rs.getLong("end_figure"))))
                .list();
        return byUnit;
    }
}
