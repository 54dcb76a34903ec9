package vn.lantoa.newsroom.story;

import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;

/**
 * Adds uploaded photos, videos and video links to a story. Each file is stored on its own, outside
 * the story's transaction, so a refused or failed file never touches the story or its other media;
 * a file the story cannot take after all is removed again.
 */
@Service
public class StoryMedia {

    private final StoryDesk desk;
    private final MediaLibrary library;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    StoryMedia(StoryDesk desk, MediaLibrary library, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.desk = desk;
        this.library = library;
    }

    public Story upload(Actor actor, long storyId, InputStream content, String filename) {
        desk.readyForMedia(actor, storyId, null);
        MediaAsset asset = library.store(content, filename == null ? "" : filename, actor.accountId());
        return attachOrForget(actor, storyId, asset);
    }

    public Story link(Actor actor, long storyId, String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidInput("url", "story.media.linkRequired");
        }
        desk.readyForMedia(actor, storyId, AttachedMedia.Kind.VIDEO_LINK);
        return attachOrForget(actor, storyId, library.linkVideo(url.strip(), actor.accountId()));
    }

    /** Takes a file off the story; the file itself goes only when no other story shows it (demo photos are shared). */
    public Story remove(Actor actor, long storyId, UUID mediaId) {
        Story story = desk.detach(actor, storyId, mediaId);
        boolean stillShown = jdbc.sql("select exists (select 1 from story_media where media_id = :media)")
                .param("media", mediaId).query(Boolean.class).single();
        if (!stillShown) {
            library.delete(mediaId);
        }
        return story;
    }

    /** The media of a story by id, for pages to draw them. */
    public Map<UUID, MediaAsset> assetsOf(Story story) {
        return library.findAll(story.media().stream().map(AttachedMedia::mediaId).toList()).stream()
                .collect(Collectors.toMap(MediaAsset::id, Function.identity()));
    }

    private Story attachOrForget(Actor actor, long storyId, MediaAsset asset) {
        try {
            return desk.attach(actor, storyId, asset.id(), kindOf(asset));
        } catch (RuntimeException e) {
            library.delete(asset.id());
            throw e;
        }
    }

    private static AttachedMedia.Kind kindOf(MediaAsset asset) {
        return switch (asset.kind()) {
            case IMAGE -> AttachedMedia.Kind.IMAGE;
            case VIDEO -> AttachedMedia.Kind.VIDEO;
            case VIDEO_LINK -> AttachedMedia.Kind.VIDEO_LINK;
        };
    }
}
