package vn.lantoa.newsroom.jobs;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.newsroom.StoryEvent;
import vn.lantoa.newsroom.story.Story;
import vn.lantoa.newsroom.story.StoryRepository;

/** The stories whose publication or removal time has come, each in its own transaction. */
@Component
class DueStories {

    private static final Logger log = LoggerFactory.getLogger(DueStories.class);

    private final StoryRepository stories;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    DueStories(StoryRepository stories, TransactionTemplate transaction, ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.stories = stories;
        this.transaction = transaction;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    void run() {
        Instant now = clock.instant();
        stories.dueToPublish(now).forEach(id -> transaction.executeWithoutResult(status -> publish(id, now)));
        stories.dueToUnpublish(now).forEach(id -> transaction.executeWithoutResult(status -> unpublish(id, now)));
    }

    private void publish(long id, Instant now) {
        Story story = stories.findById(id).orElseThrow();
        if (story.publishIfDue(now)) {
            audit.record(AuditEntry.of("story.published-on-schedule", "story", id, story.title(), story.authorUnitPath(), null)
                    .bySystem("scheduler"));
            events.publishEvent(new StoryEvent.Published(story.ref(), null, now));
            log.info("Published story {} on schedule", id);
        }
    }

    private void unpublish(long id, Instant now) {
        Story story = stories.findById(id).orElseThrow();
        if (story.unpublishIfDue(now)) {
            audit.record(AuditEntry.of("story.unpublished-on-schedule", "story", id, story.title(), story.authorUnitPath(), null)
                    .bySystem("scheduler"));
            events.publishEvent(new StoryEvent.Unpublished(story.ref(), null, now));
            log.info("Unpublished story {} on schedule", id);
        }
    }
}
