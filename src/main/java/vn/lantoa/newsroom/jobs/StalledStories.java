package vn.lantoa.newsroom.jobs;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.calendar.WorkingCalendar;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.StoryKind;
import vn.lantoa.newsroom.StoryStatus;

/**
 * Finds stories that have waited longer than the allowed working hours at a step where someone at
 * the union's level must act (submitted, approved by the department, in editing), and announces each
 * as {@link StoryEvent.Stalled} — once per step: story_nudge remembers the step (status and the moment
 * the story entered it), so the next nudge comes only after the story has moved.
 */
@Component
class StalledStories {

    private static final Logger log = LoggerFactory.getLogger(StalledStories.class);
    /** A bound on one run's work; what is left is found on the next run. */
    private static final int BATCH = 500;

    /** One story waiting at a step, as the newsroom's events describe it. */
    record Waiting(long id, String title, StoryKind kind, StoryStatus status, Instant statusSince, long authorUnitId,
                   String authorUnitPath, Long departmentId, long createdBy) {

        StoryEvent.StoryRef ref() {
            return new StoryEvent.StoryRef(id, title, kind, authorUnitId, authorUnitPath, departmentId, createdBy);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final Duration allowed;

    StalledStories(JdbcClient jdbc, TransactionTemplate transaction, ApplicationEventPublisher events, WorkingCalendar calendar,
                   Clock clock, @Value("${lantoa.newsroom.nudge-after-working-hours:8}") long allowedWorkingHours) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.calendar = calendar;
        this.clock = clock;
        this.allowed = Duration.ofHours(allowedWorkingHours);
    }

    /** Nudges every story that has waited too long at its step and was not nudged for it; returns how many. */
    int run() {
        Instant now = clock.instant();
        int nudged = 0;
        for (Waiting story : waitingLongerThan(now.minus(allowed))) {
            Duration waited = calendar.workingTimeBetween(story.statusSince(), now);
            if (waited.compareTo(allowed) > 0 && Boolean.TRUE.equals(transaction.execute(status -> nudge(story, waited, now)))) {
                nudged++;
            }
        }
        if (nudged > 0) {
            log.info("Nudged {} stories that waited more than {} working hours at one step", nudged, allowed.toHours());
        }
        return nudged;
    }

    /**
     * Candidates by the clock: working time never exceeds the time on the clock, so only stories that
     * entered their step before the cutoff can have waited long enough; the calendar decides the rest.
     */
    private List<Waiting> waitingLongerThan(Instant cutoff) {
        return jdbc.sql("""
                select s.id, s.title, s.kind, s.status, s.status_since, s.author_unit_id, s.author_unit_path, s.department_id,
                       s.created_by
                  from story s
                 where s.status in ('SUBMITTED', 'DEPARTMENT_APPROVED', 'IN_EDITING') and s.status_since < :cutoff
                   and not exists (select 1 from story_nudge n
                                    where n.story_id = s.id and n.status = s.status and n.status_since = s.status_since)
                 order by s.status_since
                 limit :batch""")
                .param("cutoff", Timestamp.from(cutoff)).param("batch", BATCH)
                .query(Waiting.class).list();
    }

    /** Records the nudge and announces it, unless the story moved meanwhile or another node was first. */
    private boolean nudge(Waiting story, Duration waited, Instant now) {
        int recorded = jdbc.sql("""
                insert into story_nudge (story_id, status, status_since, nudged_at)
                select s.id, s.status, s.status_since, :now from story s
                 where s.id = :id and s.status = :status and s.status_since = :since
                on conflict do nothing""")
                .param("now", Timestamp.from(now)).param("id", story.id()).param("status", story.status().name())
                .param("since", Timestamp.from(story.statusSince()))
                .update();
        if (recorded == 0) {
            return false;
        }
        events.publishEvent(new StoryEvent.Stalled(story.ref(), null, now, story.status(), waited));
        return true;
    }
}
