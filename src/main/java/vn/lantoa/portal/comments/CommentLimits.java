package vn.lantoa.portal.comments;

import org.springframework.stereotype.Component;

/**
 * The limits the comment form tells readers about, read by the template as {@code @commentLimits}, so
 * that the fragment needs nothing from the page that includes it.
 */
@Component("commentLimits")
public class CommentLimits {

    private final CommentSettings settings;

    CommentLimits(CommentSettings settings) {
        this.settings = settings;
    }

    public long maxAttachmentMegabytes() {
        return settings.maxAttachmentMegabytes();
    }

    public long maxAttachmentBytes() {
        return settings.maxAttachmentBytes();
    }

    public int maxLinks() {
        return settings.maxLinks();
    }

    public int nameMax() {
        return CommentPosting.NAME_MAX;
    }

    public int textMax() {
        return CommentPosting.TEXT_MAX;
    }

    public int emailMax() {
        return CommentPosting.EMAIL_MAX;
    }

    /** A whole post may hold two attachments' worth before it is refused unread (see CommentUploadLimit). */
    long maxRequestBytes() {
        return 2 * settings.maxAttachmentBytes() + 1024 * 1024;
    }
}
