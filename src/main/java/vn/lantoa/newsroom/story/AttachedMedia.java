package vn.lantoa.newsroom.story;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.UUID;

/** A photo or video of a story, with what the story says of it. */
@Embeddable
public class AttachedMedia {

    public enum Kind { IMAGE, VIDEO, VIDEO_LINK }

    @Column(name = "media_id")
    private UUID mediaId;

    @Column(name = "media_kind")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    private int position;
    private String caption;

    @Column(name = "alt_text")
    private String altText;

    protected AttachedMedia() {
    }

    AttachedMedia(UUID mediaId, Kind kind, int position) {
        this.mediaId = mediaId;
        this.kind = kind;
        this.position = position;
        this.caption = "";
        this.altText = "";
    }

    public UUID mediaId() {
        return mediaId;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isPhoto() {
        return kind == Kind.IMAGE;
    }

    public int position() {
        return position;
    }

    public String caption() {
        return caption;
    }

    public String altText() {
        return altText;
    }

    void describe(String caption, String altText) {
        this.caption = caption == null ? "" : caption.strip();
        this.altText = altText == null ? "" : altText.strip();
    }

    void moveTo(int position) {
        this.position = position;
    }
}
