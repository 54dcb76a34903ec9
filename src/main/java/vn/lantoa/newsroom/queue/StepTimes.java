package vn.lantoa.newsroom.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.calendar.WorkingHoursCalendar;
import vn.lantoa.newsroom.StoryStatus;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryStep;

/** How long a story waited at each step, in working hours, and how the major-event deadline stands. */
@Component
public class StepTimes {

    /** One step of a story's history; {@code waited} counts working time only. */
    public record StepView(StoryStatus status, Instant enteredAt, Instant leftAt, Long actorId, String reason, Duration waited) {
    }

    /** Where a major-event story stands against its deadline: working time left, or by how much it is late. */
    public record DeadlineView(Instant deadline, boolean met, boolean overdue, Duration margin) {
    }

    private final WorkingCalendar calendar;
    private final Clock clock;

    StepTimes(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    public List<StepView> of(Story story) {
        WorkingHoursCalendar hours = calendar.current();
        Instant now = clock.instant();
        return story.steps().stream()
                .map(step -> new StepView(step.status(), step.enteredAt(), step.leftAt(), step.actorId(), step.reason(),
                        between(hours, step.enteredAt(), step.leftAt() != null ? step.leftAt() : now)))
                .toList();
    }

    public Duration waitingNow(Instant since) {
        return between(calendar.current(), since, clock.instant());
    }

    public DeadlineView deadline(Instant deadline, Instant reachedAt) {
        if (deadline == null) {
            return null;
        }
        WorkingHoursCalendar hours = calendar.current();
        Instant reference = reachedAt != null ? reachedAt : clock.instant();
        boolean late = isLate(deadline, reachedAt, clock.instant());
        Duration margin = late ? between(hours, deadline, reference) : between(hours, reference, deadline);
        return new DeadlineView(deadline, reachedAt != null && !late, late, margin);
    }

    /** Seed 001's rule: late when the story reached the editors after its deadline, or has not reached them and the deadline is past. */
    public static boolean isLate(Instant deadline, Instant reachedAt, Instant now) {
        return deadline != null && (reachedAt != null ? reachedAt : now).isAfter(deadline);
    }

    private static Duration between(WorkingHoursCalendar hours, Instant from, Instant to) {
        return hours.workingTimeBetween(from.atZone(WorkingCalendar.ZONE).toLocalDateTime(), to.atZone(WorkingCalendar.ZONE).toLocalDateTime());
    }
}
