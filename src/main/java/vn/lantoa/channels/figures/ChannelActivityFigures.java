package vn.lantoa.channels.figures;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.common.figures.ActivityFigures;

/**
 * The channels' figures for a unit's monthly report, over the active channels of the unit's subtree:
 * posts published in the period and their engagement (reactions + comments + shares, lifetime
 * totals as last imported or pulled), the audience at the period's end (each channel's last figure
 * before it) and its growth in the period (against each channel's last figure before the period, or
 * its first in it for a channel first measured then). Channels never measured are left out of the
 * audience; a subtree with no channel gives no figure at all.
 */
@Component
class ChannelActivityFigures implements ActivityFigures {

    static final String POSTS = "channels.posts";
    static final String ENGAGEMENT = "channels.engagement";
    static final String AUDIENCE = "channels.audience";
    static final String AUDIENCE_GROWTH = "channels.audience-growth";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    ChannelActivityFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActivityFigure> of(String unitPath, LocalDate from, LocalDate until) {
        List<ActivityFigure> figures = new ArrayList<>();
        jdbc.sql("""
                        with ch as (select c.id from channel c join unit u on u.id = c.unit_id where c.active and u.path like :path || '%'),
                        posts as (select count(*) as posts,
                                         coalesce(sum(coalesce(p.reactions, 0) + coalesce(p.comments, 0) + coalesce(p.shares, 0)), 0) as engagement
                                  from channel_post p join ch on ch.id = p.channel_id
                                  where p.published_at >= :fromInstant and p.published_at < :untilInstant),
                        ends as (select (select a.audience from channel_audience a where a.channel_id = ch.id and a.day < :until
                                         order by a.day desc limit 1) as at_end,
                                        coalesce((select a.audience from channel_audience a where a.channel_id = ch.id and a.day < :from
                                                  order by a.day desc limit 1),
                                                 (select a.audience from channel_audience a where a.channel_id = ch.id and a.day >= :from
                                                    and a.day < :until order by a.day limit 1)) as at_start
                                 from ch)
                        select (select count(*) from ch), posts.posts, posts.engagement,
                               (select sum(at_end) from ends), (select sum(at_end - at_start) from ends where at_end is not null)
                        from posts""")
                .param("path", unitPath).param("from", from).param("until", until)
                .param("fromInstant", Timestamp.from(from.atStartOfDay(VIETNAM).toInstant()))
                .param("untilInstant", Timestamp.from(until.atStartOfDay(VIETNAM).toInstant()))
                .query(rs -> {
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                    figures.add(new ActivityFigure(POSTS, "report.figure.channelPosts", rs.getLong(2)));
                    figures.add(new ActivityFigure(ENGAGEMENT, "report.figure.channelEngagement", rs.getLong(3)));
                    if (rs.getObject(4) != null) {
                        figures.add(new ActivityFigure(AUDIENCE, "report.figure.channelAudience", rs.getLong(4)));
                        figures.add(new ActivityFigure(AUDIENCE_GROWTH, "report.figure.channelAudienceGrowth", rs.getLong(5)));
                    }
                });
        return figures;
    }
}
