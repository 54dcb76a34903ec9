package vn.lantoa.channels.posts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.channels.posts.importing.PublishTimes;
import vn.lantoa.org.UnitRef;

/**
 * The engagement figures of a subtree over a period, all computed in SQL: posts published in the period
 * and their lifetime views, reach, reactions, comments, shares and clicks; engagement = reactions +
 * comments + shares; engagement per follower = the engagement of the channels whose audience is known
 * ÷ their audience on the period's last day (each channel's last figure on or before it). Totals for the
 * subtree, one row per child unit (its whole subtree) and per channel, the best posts, a channel's posts.
 */
@Component
public class PostFigures {

    /** A period of days, both included, in Vietnam's time. */
    public record Period(LocalDate from, LocalDate to) {

        public Instant start() {
            return from.atStartOfDay(PublishTimes.VIETNAM).toInstant();
        }

        public Instant end() {
            return to.plusDays(1).atStartOfDay(PublishTimes.VIETNAM).toInstant();
        }
    }

    public record Totals(long channels, long posts, Long views, Long reach, Long reactions, Long comments, Long shares, Long clicks,
                         long engagement, Long audience, Double perFollower) {
    }

    public record UnitFigures(long unitId, String name, String path, boolean own, long channels, long posts, Long views, Long reach,
                              Long reactions, Long comments, Long shares, Long clicks, long engagement, Long audience, Double perFollower) {
    }

    public record ChannelFigures(long channelId, String name, String kind, long unitId, String unitName, long posts, Long views,
                                 Long reach, Long reactions, Long comments, Long shares, Long clicks, long engagement, Long audience,
                                 Double perFollower) {
    }

    public record PostLine(long id, long channelId, String channelName, String externalId, Instant publishedAt, String title,
                           String permalink, String postType, Long views, Long reach, Long reactions, Long comments, Long shares,
                           Long clicks, long engagement, Long storyId, String storyTitle, String source) {
    }

    /** The columns a table may be sorted by, as the address names them, and the SQL behind each. */
    public enum Sort {
        name("name"), posts("posts"), views("views"), reach("reach"), reactions("reactions"), comments("comments"),
        shares("shares"), clicks("clicks"), engagement("engagement"), perFollower("per_follower");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        public static Sort parse(String text) {
            for (Sort s : values()) {
                if (s.name().equals(text)) {
                    return s;
                }
            }
            return engagement;
        }

        String orderBy(boolean ascending) {
            return column + (ascending ? " asc" : " desc") + " nulls last, name";
        }
    }

    private static final String FIGURES = """
            with ch as (
                select c.id, c.unit_id, c.name, c.kind, u.path, u.name as unit_name
                from channel c join unit u on u.id = c.unit_id
                where u.path like :path || '%' and c.active
            ), p as (
                select cp.channel_id, count(*) as posts, sum(cp.views)::bigint as views, sum(cp.reach)::bigint as reach,
                       sum(cp.reactions)::bigint as reactions, sum(cp.comments)::bigint as comments, sum(cp.shares)::bigint as shares,
                       sum(cp.clicks)::bigint as clicks,
                       sum(coalesce(cp.reactions, 0) + coalesce(cp.comments, 0) + coalesce(cp.shares, 0))::bigint as engagement
                from channel_post cp join ch on ch.id = cp.channel_id
                where cp.published_at >= :start and cp.published_at < :end
                group by cp.channel_id
            ), f as (
                select ch.*, coalesce(p.posts, 0) as posts, p.views, p.reach, p.reactions, p.comments, p.shares, p.clicks,
                       coalesce(p.engagement, 0) as engagement,
                       (select a.audience from channel_audience a where a.channel_id = ch.id and a.day <= :lastDay
                        order by a.day desc limit 1) as audience
                from ch left join p on p.channel_id = ch.id
            )
            """;

    private static final String SUMS = """
            count(f.id) as channels, coalesce(sum(f.posts), 0)::bigint as posts, sum(f.views)::bigint as views,
            sum(f.reach)::bigint as reach, sum(f.reactions)::bigint as reactions, sum(f.comments)::bigint as comments,
            sum(f.shares)::bigint as shares, sum(f.clicks)::bigint as clicks, coalesce(sum(f.engagement), 0)::bigint as engagement,
            sum(f.audience)::bigint as audience,
            round(sum(f.engagement) filter (where f.audience is not null)::numeric / nullif(sum(f.audience), 0), 4)::float8
                as per_follower
            """;

    private static final String POST_LINE = """
            select cp.id, cp.channel_id, c.name as channel_name, cp.external_id, cp.published_at, cp.title, cp.permalink, cp.post_type,
                   cp.views, cp.reach, cp.reactions, cp.comments, cp.shares, cp.clicks,
                   coalesce(cp.reactions, 0) + coalesce(cp.comments, 0) + coalesce(cp.shares, 0) as engagement,
                   s.id as story_id, s.title as story_title, cp.source
            from channel_post cp
            join channel c on c.id = cp.channel_id
            join unit u on u.id = c.unit_id
            left join story s on s.id = cp.story_id and s.status = 'PUBLISHED'
            """;

    private final JdbcClient jdbc;

    PostFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Totals totals(UnitRef unit, Period period) {
        return jdbc.sql(FIGURES + "select " + SUMS + " from f").params(params(unit, period)).query(Totals.class).single();
    }

    /** The unit's own channels first (when it has any), then each active child unit with its whole subtree. */
    public List<UnitFigures> byChildUnit(UnitRef unit, Period period, Sort sort, boolean ascending) {
        return jdbc.sql(FIGURES + """
                select * from (
                    select cu.id as unit_id, cu.name, cu.path, false as own, %1$s
                    from unit cu left join f on f.path like cu.path || '%%'
                    where cu.parent_id = :unitId and cu.active
                    group by cu.id, cu.name, cu.path
                    union all
                    select :unitId, :unitName, :path, true, %1$s
                    from f where f.unit_id = :unitId
                    having count(f.id) > 0
                ) rows
                order by own desc, %2$s
                """.formatted(SUMS, sort.orderBy(ascending)))
                .params(params(unit, period)).param("unitId", unit.id()).param("unitName", unit.name())
                .query(UnitFigures.class).list();
    }

    /** The channels that posted in the period, and every Facebook page (a page that did not post shows zeros). */
    public List<ChannelFigures> byChannel(UnitRef unit, Period period, Sort sort, boolean ascending, int limit) {
        return jdbc.sql(FIGURES + """
                select f.id as channel_id, f.name, f.kind, f.unit_id, f.unit_name, f.posts, f.views, f.reach, f.reactions, f.comments,
                       f.shares, f.clicks, f.engagement, f.audience,
                       round(f.engagement::numeric / nullif(f.audience, 0), 4)::float8 as per_follower
                from f where f.posts > 0 or f.kind = 'FACEBOOK_PAGE'
                order by %s limit :limit
                """.formatted(sort.orderBy(ascending)))
                .params(params(unit, period)).param("limit", limit).query(ChannelFigures.class).list();
    }

    /** The posts of the period with the most engagement (then views), best first. */
    public List<PostLine> best(UnitRef unit, Period period, int limit) {
        return jdbc.sql(POST_LINE + """
                where u.path like :path || '%' and c.active and cp.published_at >= :start and cp.published_at < :end
                order by engagement desc, cp.views desc nulls last, cp.published_at desc, cp.id
                limit :limit
                """).params(params(unit, period)).param("limit", limit).query(PostLine.class).list();
    }

    /** A channel's posts of the period, newest first. */
    public List<PostLine> posts(long channelId, Period period, int offset, int limit) {
        return jdbc.sql(POST_LINE + """
                where cp.channel_id = :channel and cp.published_at >= :start and cp.published_at < :end
                order by cp.published_at desc, cp.id desc
                offset :offset limit :limit
                """).param("channel", channelId).param("start", java.sql.Timestamp.from(period.start()))
                .param("end", java.sql.Timestamp.from(period.end())).param("offset", offset).param("limit", limit)
                .query(PostLine.class).list();
    }

    public long count(long channelId, Period period) {
        return jdbc.sql("select count(*) from channel_post where channel_id = ? and published_at >= ? and published_at < ?")
                .params(channelId, java.sql.Timestamp.from(period.start()), java.sql.Timestamp.from(period.end()))
                .query(Long.class).single();
    }

    /** A channel's posts and engagement for the period, as one line. */
    public Totals channelTotals(long channelId, Period period) {
        return jdbc.sql("""
                with f as (
                    select c.id, count(cp.id) as posts, sum(cp.views) as views, sum(cp.reach) as reach, sum(cp.reactions) as reactions,
                           sum(cp.comments) as comments, sum(cp.shares) as shares, sum(cp.clicks) as clicks,
                           coalesce(sum(coalesce(cp.reactions, 0) + coalesce(cp.comments, 0) + coalesce(cp.shares, 0)), 0) as engagement,
                           (select a.audience from channel_audience a where a.channel_id = c.id and a.day <= :lastDay
                            order by a.day desc limit 1) as audience
                    from channel c left join channel_post cp on cp.channel_id = c.id and cp.published_at >= :start and cp.published_at < :end
                    where c.id = :channel
                    group by c.id
                )
                select\s""" + SUMS + " from f")
                .param("channel", channelId).param("start", java.sql.Timestamp.from(period.start()))
                .param("end", java.sql.Timestamp.from(period.end())).param("lastDay", period.to())
                .query(Totals.class).single();
    }

    private static Map<String, Object> params(UnitRef unit, Period period) {
        return Map.of("path", unit.path(), "start", java.sql.Timestamp.from(period.start()), "end", java.sql.Timestamp.from(period.end()),
                "lastDay", period.to());
    }
}
