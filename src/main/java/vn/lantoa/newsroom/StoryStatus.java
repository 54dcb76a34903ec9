package vn.lantoa.newsroom;

import java.util.EnumSet;
import java.util.Set;

/** Where a story stands on its way from the author's draft to the public. */
public enum StoryStatus {
    DRAFT,
    SUBMITTED,
    DEPARTMENT_APPROVED,
    IN_EDITING,
    SCHEDULED,
    PUBLISHED,
    RETURNED,
    REJECTED,
    UNPUBLISHED,
    ARCHIVED;

    /** Statuses in which the story waits for someone at the union's level to act. */
    public static final Set<StoryStatus> IN_PROGRESS = EnumSet.of(SUBMITTED, DEPARTMENT_APPROVED, IN_EDITING, SCHEDULED);

    /** Statuses in which the author unit holds the pen. */
    public static final Set<StoryStatus> WITH_AUTHOR = EnumSet.of(DRAFT, RETURNED);
}
