package vn.lantoa.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One thing one person is told of a story, or of a unit's quota or report (storyId is then null).
 * The sentence is not stored but composed from the kind in the reader's language; excerpt is the
 * reason or the comment, step and waitedHours belong to nudges; unitName, periodCode, amount, total
 * and dueOn belong to the notices of quotas and reports.
 */
record Notice(long id, long accountId, NoticeKind kind, Long storyId, String title, String excerpt, String step,
              Integer waitedHours, String link, Long actorId, Instant createdAt, Instant readAt, Instant emailedAt,
              int mailAttempts, String unitName, String periodCode, Integer amount, Integer total, LocalDate dueOn) {

    boolean unread() {
        return readAt == null;
    }
}
