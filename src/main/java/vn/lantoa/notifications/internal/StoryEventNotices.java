package vn.lantoa.notifications.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.StoryEvent;

/**
 * Turns each newsroom event into notices, once the newsroom's transaction has committed and off the
 * request's thread, so a slow mail server never slows an editor down nor undoes their work.
 */
@Component
class StoryEventNotices {

    private final People people;
    private final StoryMemory memory;
    private final Notices notices;
    private final ApplicationEventPublisher events;

    StoryEventNotices(People people, StoryMemory memory, Notices notices, ApplicationEventPublisher events) {
        this.people = people;
        this.memory = memory;
        this.notices = notices;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(StoryEvent event) {
        // Recipients first: a commenter joins the thread only for the comments after their own.
        List<Addressee> to = Recipients.of(event, people);
        memory.remember(event);
        if (!to.isEmpty()) {
            events.publishEvent(new NoticesRecorded(notices.record(event, to)));
        }
    }
}
