package vn.lantoa.channels.webhook;

import java.time.Instant;

/**
 * A comment on a Page's post, as the Page webhook (field "feed", item "comment") or a pull reported it.
 * verb is the platform's: add, edited, remove, hide, unhide. parentId is the post for a top-level comment,
 * the comment replied to otherwise. authorId is the commenter's page-scoped id; the message is plain text.
 */
public record FeedCommentChanged(String pageId, String postId, String commentId, String parentId, String verb, String authorId,
                                 String authorName, String message, Instant createdAt, Instant receivedAt) {
}
