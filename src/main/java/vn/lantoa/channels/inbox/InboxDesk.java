package vn.lantoa.channels.inbox;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.InboxConversationRouted;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.DepartmentRef;

/**
 * What staff do to a conversation besides replying: give it to another department (told to that
 * department), mark it done, reopen it. Each is in the audit log.
 */
@Component
public class InboxDesk {

    private final InboxAccess access;
    private final Conversations conversations;
    private final RoutingRules routing;
    private final ChannelDirectory channels;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboxDesk(InboxAccess access, Conversations conversations, RoutingRules routing, ChannelDirectory channels, AuditLog audit,
              ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.conversations = conversations;
        this.routing = routing;
        this.channels = channels;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void reroute(Actor actor, long conversationId, Long departmentId) {
        Conversation c = access.answerable(actor, conversationId);
        DepartmentRef department = routing.department(c.channelId(), departmentId, "departmentId");
        if (department.id() == (c.departmentId() == null ? -1 : c.departmentId())) {
            throw new InvalidInput("departmentId", "channels.inbox.reroute.same");
        }
        conversations.reroute(c.id(), department.id());
        ChannelRef page = channels.find(c.channelId()).orElseThrow();
        audit(c, page, "channel.inbox.rerouted", department.name());
        String last = conversations.messages(c.id()).stream().filter(InboxMessage::incoming).reduce((a, b) -> b).map(InboxMessage::text)
                .orElse("");
        events.publishEvent(new InboxConversationRouted(c.id(), page.id(), page.name(), page.unitId(), department.id(),
                c.personName() == null ? "" : c.personName(), Conversations.cut(last == null ? "" : last, 300), InboxRecorder.link(c.id()),
                true, actor.accountId(), clock.instant()));
    }

    @Transactional
    public void done(Actor actor, long conversationId) {
        Conversation c = access.answerable(actor, conversationId);
        conversations.done(c.id(), actor.accountId(), clock.instant());
        audit(c, channels.find(c.channelId()).orElseThrow(), "channel.inbox.done", null);
    }

    @Transactional
    public void reopen(Actor actor, long conversationId) {
        Conversation c = access.answerable(actor, conversationId);
        conversations.reopen(c.id());
        audit(c, channels.find(c.channelId()).orElseThrow(), "channel.inbox.reopened", null);
    }

    private void audit(Conversation c, ChannelRef page, String action, String details) {
        audit.record(AuditEntry.of(action, "inbox_conversation", c.id(), page.name() + " · " + c.psid(),
                channels.unitPath(page.id()).orElse(null), details));
    }
}
