package vn.lantoa.newsroom.story;

import static vn.lantoa.newsroom.StoryStatus.*;

import java.util.EnumSet;
import java.util.Set;
import vn.lantoa.newsroom.StoryStatus;

/** The moves of the editorial workflow: from which statuses each may start, and where it leads. */
public enum StoryAction {
    SUBMIT(SUBMITTED, EnumSet.of(DRAFT, RETURNED)),
    WITHDRAW(DRAFT, EnumSet.of(SUBMITTED)),
    APPROVE(DEPARTMENT_APPROVED, EnumSet.of(SUBMITTED)),
    TAKE(IN_EDITING, EnumSet.of(SUBMITTED, DEPARTMENT_APPROVED)),
    RETURN(RETURNED, EnumSet.of(SUBMITTED, DEPARTMENT_APPROVED, IN_EDITING)),
    REJECT(REJECTED, EnumSet.of(SUBMITTED, DEPARTMENT_APPROVED, IN_EDITING)),
    PUBLISH(PUBLISHED, EnumSet.of(IN_EDITING, SCHEDULED, UNPUBLISHED)),
    SCHEDULE(SCHEDULED, EnumSet.of(IN_EDITING)),
    UNSCHEDULE(IN_EDITING, EnumSet.of(SCHEDULED)),
    UNPUBLISH(UNPUBLISHED, EnumSet.of(PUBLISHED)),
    REOPEN(IN_EDITING, EnumSet.of(UNPUBLISHED)),
    ARCHIVE(ARCHIVED, EnumSet.of(DRAFT, PUBLISHED, UNPUBLISHED, REJECTED));

    private final StoryStatus target;
    private final Set<StoryStatus> sources;

    StoryAction(StoryStatus target, Set<StoryStatus> sources) {
        this.target = target;
        this.sources = sources;
    }

    public StoryStatus target() {
        return target;
    }

    /** Whether the move is open from where the story stands, given the route it is on. */
    public boolean startsFrom(StoryStatus status, boolean needsDepartmentApproval) {
        if (this == APPROVE) {
            return needsDepartmentApproval && status == SUBMITTED;
        }
        if (this == TAKE && status == SUBMITTED) {
            return !needsDepartmentApproval;
        }
        return sources.contains(status);
    }

    public boolean needsReason() {
        return this == RETURN || this == REJECT;
    }

    /** Moves that put a story before the public or pass it on: its author may not make them. */
    public boolean isApproval() {
        return this == APPROVE || this == PUBLISH || this == SCHEDULE;
    }
}
