package vn.lantoa.newsroom;

import java.time.Duration;
import java.time.Instant;

/**
 * Something that happened to a story, published after the change is committed. Carries what
 * listeners need to decide whom to tell without calling back into the newsroom.
 */
public sealed interface StoryEvent {

    StoryRef story();

    /** The account that caused it; null when the system did (a scheduled publication). */
    Long actorId();

    Instant at();

    /** The story as listeners see it. departmentId is the department that receives it. */
    record StoryRef(long id, String title, StoryKind kind, long authorUnitId, String authorUnitPath,
                    Long departmentId, long createdBy) {
    }

    record Submitted(StoryRef story, Long actorId, Instant at, boolean needsDepartmentApproval) implements StoryEvent {
    }

    record Approved(StoryRef story, Long actorId, Instant at) implements StoryEvent {
    }

    record Returned(StoryRef story, Long actorId, Instant at, String reason) implements StoryEvent {
    }

    record Rejected(StoryRef story, Long actorId, Instant at, String reason) implements StoryEvent {
    }

    record Published(StoryRef story, Long actorId, Instant at) implements StoryEvent {
    }

    record Unpublished(StoryRef story, Long actorId, Instant at) implements StoryEvent {
    }

    record Commented(StoryRef story, Long actorId, Instant at, long commentId, String excerpt) implements StoryEvent {
    }

    /** A story has waited longer than the nudge threshold at one step. */
    record Stalled(StoryRef story, Long actorId, Instant at, StoryStatus status, Duration waitedWorkingTime) implements StoryEvent {
    }
}
