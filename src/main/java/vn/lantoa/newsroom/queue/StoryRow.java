package vn.lantoa.newsroom.queue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.newsroom.StoryStatus;

/** One story in a list: what a queue, a unit's list or the calendar shows of it. */
public record StoryRow(long id, String title, StoryKind kind, StoryStatus status, Instant statusSince, String unitName,
                       String sectionName, String departmentName, boolean majorEvent, LocalDateTime eventAt,
                       Instant reachDeadline, Instant reachedEditorsAt, Instant submittedAt, Instant publishedAt,
                       Instant publishAt, Instant updatedAt, int photos, UUID coverMediaId) {

    public boolean overdue(Instant now) {
        return StepTimes.isLate(reachDeadline, reachedEditorsAt, now);
    }

    /** Published or scheduled for: the moment the calendar places it at. */
    public Instant calendarTime() {
        return status == StoryStatus.SCHEDULED ? publishAt : publishedAt;
    }
}
