package vn.lantoa.channels.publishing;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A cross-posted story among the channel's posts (channel_post), linked to the story so that its
 * engagement shows in the posts tab. An import or pull of the same post later fills in its figures
 * (same channel and platform id) and keeps the link.
 */
final class ChannelPosts {

    private ChannelPosts() {
    }

    static void record(JdbcClient jdbc, long channelId, String externalId, String permalink, String title, long storyId, String source,
                       Instant at) {
        jdbc.sql("""
                insert into channel_post (channel_id, external_id, published_at, title, permalink, post_type, story_id, source, metrics_at)
                values (:channel, :external, :at, :title, :permalink, 'status', :story, :source, :at)
                on conflict (channel_id, external_id) do update set story_id = coalesce(channel_post.story_id, excluded.story_id),
                       permalink = coalesce(channel_post.permalink, excluded.permalink)""")
                .param("channel", channelId).param("external", externalId).param("at", Timestamp.from(at))
                .param("title", Deliveries.cut(title, 1000)).param("permalink", Deliveries.cut(permalink, 1000)).param("story", storyId)
                .param("source", source).update();
    }
}
