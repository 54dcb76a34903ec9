package vn.lantoa.portal.comments;

import java.time.Instant;

/**
 * An approved comment as readers see it. text is plain text: templates print it with th:text (escaped)
 * and keep its line breaks with CSS. The email is not here, so no page can show it.
 *
 * @param attachment the attached photo or PDF, or null
 */
public record ShownComment(long id, String name, String text, Instant createdAt, Instant approvedAt, Attachment attachment) {

    public boolean hasAttachment() {
        return attachment != null;
    }

    /**
     * A link to the attachment. For a photo, url is the full-size copy (metadata stripped) and
     * thumbnailUrl/srcset the small variants; for a PDF, url downloads it and the rest is null.
     */
    public record Attachment(boolean image, String url, String thumbnailUrl, String srcset, String fileName, long sizeBytes,
                             Integer width, Integer height) {

        /** Size in megabytes with one decimal, for "tài liệu.pdf (1,2 MB)". */
        public double megabytes() {
            return Math.max(0.1, Math.round(sizeBytes / 104857.6) / 10.0);
        }
    }
}
