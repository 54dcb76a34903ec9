package vn.lantoa.newsroom;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A story as the public reads it. The body is the sanitized HTML the newsroom stores. Media come in
 * the order the editor set; the cover is one of the photos (or null when there is none).
 */
public record PublishedStory(StoryCard card, String bodyHtml, String byline, List<String> tags, LocalDateTime eventAt,
                             String eventPlace, List<Media> media) {

    public enum MediaKind { IMAGE, VIDEO, VIDEO_LINK }

    public record Media(UUID mediaId, MediaKind kind, String caption, String altText) {

        public boolean isPhoto() {
            return kind == MediaKind.IMAGE;
        }
    }

    public long id() {
        return card.id();
    }

    public String title() {
        return card.title();
    }

    public List<Media> photos() {
        return media.stream().filter(Media::isPhoto).toList();
    }

    public List<Media> videos() {
        return media.stream().filter(m -> !m.isPhoto()).toList();
    }

    public UUID coverMediaId() {
        return card.coverMediaId();
    }
}
