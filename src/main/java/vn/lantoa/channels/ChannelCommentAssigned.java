package vn.lantoa.channels;

import java.time.Instant;

/**
 * A moderation rule gave a fanpage comment to someone to handle: the notifications module tells them.
 * excerpt is the start of the comment (plain text); link opens it in the review queue.
 */
public record ChannelCommentAssigned(long commentId, long channelId, String channelName, long unitId, long accountId, String ruleName,
                                     String excerpt, String link, Instant at) {
}
