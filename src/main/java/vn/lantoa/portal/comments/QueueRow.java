package vn.lantoa.portal.comments;

import java.time.Instant;
import java.util.List;

/**
 * A comment as its moderators see it: everything the reader sent (the email too), what the rules
 * found, and the last decision.
 *
 * @param storyTitle   null when the story is no longer published
 * @param sameSender   other comments sent from the same address on the same day
 * @param decidedBy    the moderator's name; null with decidedAt set when a keyword rule rejected it
 */
public record QueueRow(long id, long siteId, long storyId, String storyTitle, String storyUrl, String unitPath, String name,
                       String email, String text, String submittedText, Instant createdAt, CommentStatus status, boolean flagged,
                       List<Match> matches, int linkCount, String rejectReason, String decidedBy, Instant decidedAt,
                       Instant editedAt, Attachment attachment, long sameSender) {

    /** A keyword rule that matched. */
    public record Match(KeywordRule.Category category, String phrase) {

        static Match parse(String label) {
            int colon = label.indexOf(':');
            try {
                return new Match(KeywordRule.Category.valueOf(label.substring(0, colon)), label.substring(colon + 1));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
                return new Match(KeywordRule.Category.SPAM, label);
            }
        }
    }

    /** The attachment: a photo (thumbnail and full size) or a PDF downloaded through the moderators' address. */
    public record Attachment(boolean image, String url, String thumbnailUrl, String fileName, long sizeBytes) {

        public double megabytes() {
            return Math.max(0.1, Math.round(sizeBytes / 104857.6) / 10.0);
        }
    }

    public boolean edited() {
        return !text.equals(submittedText);
    }

    public boolean pending() {
        return status == CommentStatus.PENDING;
    }

    public boolean automatic() {
        return decidedAt != null && decidedBy == null;
    }
}
