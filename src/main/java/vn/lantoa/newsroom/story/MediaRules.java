package vn.lantoa.newsroom.story;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.newsroom.StoryKind;

/** The editable photo and video checklist, one rule per kind of story. */
@Component
public class MediaRules {

    private final JdbcClient jdbc;

    MediaRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public MediaRule forKind(StoryKind kind) {
        return jdbc.sql("select kind, min_photos, max_photos, max_videos, caption_required, alt_required from media_rule where kind = :kind")
                .param("kind", kind.name()).query(MediaRule.class).single();
    }

    public List<MediaRule> all() {
        return jdbc.sql("select kind, min_photos, max_photos, max_videos, caption_required, alt_required from media_rule order by kind desc")
                .query(MediaRule.class).list();
    }

    public void update(MediaRule rule) {
        if (rule.minPhotos() < 0 || rule.maxVideos() < 0 || rule.maxPhotos() > 50) {
            throw new InvalidInput("minPhotos", "mediaRule.error.range");
        }
        if (rule.maxPhotos() < rule.minPhotos()) {
            throw new InvalidInput("maxPhotos", "mediaRule.error.maxBelowMin");
        }
        jdbc.sql("""
                update media_rule set min_photos = :min, max_photos = :max, max_videos = :videos,
                    caption_required = :caption, alt_required = :alt where kind = :kind
                """)
                .param("min", rule.minPhotos()).param("max", rule.maxPhotos()).param("videos", rule.maxVideos())
                .param("caption", rule.captionRequired()).param("alt", rule.altRequired()).param("kind", rule.kind().name())
                .update();
    }
}
