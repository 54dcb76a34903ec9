package vn.lantoa.channels.posts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a page's posts as the Graph API read them (source API). The figures are lifetime totals, so a
 * reading replaces the stored one; a metric the reading lacks (null: its name was refused, or the page
 * does not give it) keeps the stored value, from an import for instance. Then links the new posts to
 * the stories they share, as an import does.
 */
@Component
public class ApiPosts {

    /** One post as read: its figures are null when unknown. */
    public record Reading(String externalId, Instant publishedAt, String text, String permalink, String postType, Long views, Long reach,
                          Long reactions, Long comments, Long shares, Long clicks) {
    }

    private final JdbcClient jdbc;
    private final StoryLinks storyLinks;

    ApiPosts(JdbcClient jdbc, StoryLinks storyLinks) {
        this.jdbc = jdbc;
        this.storyLinks = storyLinks;
    }

    /** Writes the readings of one page; returns how many posts were new or changed. */
    @Transactional
    public int record(long channelId, List<Reading> readings) {
        int written = 0;
        for (Reading r : readings) {
            written += jdbc.sql("""
                    insert into channel_post as p (channel_id, external_id, published_at, title, permalink, post_type, views, reach,
                                                   reactions, comments, shares, clicks, source, metrics_at)
                    values (:channel, :id, :published, :title, :permalink, :type, :views, :reach, :reactions, :comments, :shares, :clicks,
                            'API', now())
                    on conflict (channel_id, external_id) do update set
                        published_at = coalesce(excluded.published_at, p.published_at),
                        title = coalesce(excluded.title, p.title),
                        permalink = coalesce(excluded.permalink, p.permalink),
                        post_type = coalesce(excluded.post_type, p.post_type),
                        views = coalesce(excluded.views, p.views),
                        reach = coalesce(excluded.reach, p.reach),
                        reactions = coalesce(excluded.reactions, p.reactions),
                        comments = coalesce(excluded.comments, p.comments),
                        shares = coalesce(excluded.shares, p.shares),
                        clicks = coalesce(excluded.clicks, p.clicks),
                        source = 'API',
                        metrics_at = now()
                    where (p.views, p.reach, p.reactions, p.comments, p.shares, p.clicks, p.title, p.permalink)
                        is distinct from (coalesce(excluded.views, p.views), coalesce(excluded.reach, p.reach),
                                          coalesce(excluded.reactions, p.reactions), coalesce(excluded.comments, p.comments),
                                          coalesce(excluded.shares, p.shares), coalesce(excluded.clicks, p.clicks),
                                          coalesce(excluded.title, p.title), coalesce(excluded.permalink, p.permalink))""")
                    .param("channel", channelId).param("id", cut(r.externalId(), 100))
                    .param("published", r.publishedAt() == null ? null : Timestamp.from(r.publishedAt()))
                    .param("title", cut(r.text(), 1000)).param("permalink", cut(r.permalink(), 1000)).param("type", cut(r.postType(), 60))
                    .param("views", r.views()).param("reach", r.reach()).param("reactions", r.reactions()).param("comments", r.comments())
                    .param("shares", r.shares()).param("clicks", r.clicks()).update();
        }
        storyLinks.link(channelId);
        return written;
    }

    private static String cut(String value, int max) {
        return value == null || value.isBlank() ? null : value.length() <= max ? value : value.substring(0, max);
    }
}
