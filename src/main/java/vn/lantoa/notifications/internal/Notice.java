package vn.lantoa.notifications.internal;

import java.time.Instant;

/**
 * One thing one person is told of a story. The sentence is not stored but composed from the kind in
 * the reader's language; excerpt is the reason or the comment, step and waitedHours belong to nudges.
 */
record Notice(long id, long accountId, NoticeKind kind, long storyId, String title, String excerpt, String step,
              Integer waitedHours, String link, Long actorId, Instant createdAt, Instant readAt, Instant emailedAt,
              int mailAttempts) {

    boolean unread() {
        return readAt == null;
    }
}
