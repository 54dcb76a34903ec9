package vn.lantoa.channels.inbox;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.InboxConversationRouted;
import vn.lantoa.channels.connect.ConnectionStatus;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.connect.facebook.GraphClient;
import vn.lantoa.channels.webhook.PageMessageReceived;

/**
 * Files every message the Page webhook reports into its conversation. The person's messages open (and
 * route, by the first message) or continue a conversation; the Page's own messages come back as echoes:
 * an echo of a reply sent from Lan Tỏa is already stored under its mid and is not stored again, any other
 * is a reply sent from Business Suite and is stored as such. A message is stored once whatever the number
 * of deliveries (mid). The person's name is asked of the Graph API once, when the conversation opens.
 */
@Component
public class InboxRecorder {

    static final String ECHO_SOURCE = "BUSINESS_SUITE";
    private static final Logger log = LoggerFactory.getLogger(InboxRecorder.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Conversations conversations;
    private final RoutingRules routing;
    private final ChannelDirectory channels;
    private final Connections connections;
    private final TokenCipher cipher;
    private final GraphClient graph;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InboxRecorder(Conversations conversations, RoutingRules routing, ChannelDirectory channels, Connections connections, TokenCipher cipher,
                  GraphClient graph, ApplicationEventPublisher events, MessageSource messages, PlatformTransactionManager transactions,
                  Clock clock) {
        this.conversations = conversations;
        this.routing = routing;
        this.channels = channels;
        this.connections = connections;
        this.cipher = cipher;
        this.graph = graph;
        this.events = events;
        this.messages = messages;
        // its own transaction: the listener runs after the webhook's transaction committed, or without one
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** After the webhook stored its delivery (or at once when it has no transaction); a failure is logged, never thrown at the webhook. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(PageMessageReceived message) {
        try {
            record(message);
        } catch (RuntimeException e) {
            log.warn("Inbox message {} of page {} not filed: {}", message.messageId(), message.pageId(), e.toString());
        }
    }

    /** Files one message; the conversation it went to, empty when the page is not a registered one or the message is not usable. */
    public Optional<Long> record(PageMessageReceived delivered) {
        // a delivery without a time is filed at the time it came
        PageMessageReceived m = delivered.sentAt() != null ? delivered : new PageMessageReceived(delivered.pageId(), delivered.senderId(),
                delivered.messageId(), delivered.text(), delivered.attachmentUrls(), delivered.echo(), clock.instant());
        if (blank(m.pageId()) || blank(m.senderId()) || blank(m.messageId())) {
            log.warn("Inbox message without page, sender or id ignored");
            return Optional.empty();
        }
        Optional<Long> channelId = conversations.pageChannel(m.pageId());
        if (channelId.isEmpty()) {
            log.info("Inbox message for page {}, which is not in the registry: ignored", m.pageId());
            return Optional.empty();
        }
        if (m.senderId().equals(m.pageId())) {
            log.warn("Inbox echo {} names the page as the person: ignored", m.messageId());
            return Optional.empty();
        }
        long channel = channelId.get();
        Optional<Conversation> known = conversations.find(channel, m.senderId());
        if (conversations.knows(m.messageId())) {
            return known.map(Conversation::id);
        }
        String name = known.isPresent() ? null : personName(channel, m.pageId(), m.senderId());
        return Optional.ofNullable(transaction.execute(tx -> file(channel, m, known.orElse(null), name)));
    }

    private Long file(long channelId, PageMessageReceived m, Conversation known, String name) {
        long conversationId;
        boolean opened = false;
        Routing.Decision decision = null;
        if (known == null) {
            decision = routing.route(channelId, m.echo() ? "" : m.text());
            Optional<Long> created = conversations.open(channelId, m.senderId(), name, decision, m.sentAt());
            opened = created.isPresent();
            conversationId = created.orElseGet(() -> conversations.find(channelId, m.senderId()).orElseThrow().id());
        } else {
            conversationId = known.id();
        }
        boolean stored = conversations.add(conversationId, m.messageId(), !m.echo(), m.echo() ? ECHO_SOURCE : "PERSON", m.text(),
                m.attachmentUrls(), null, m.sentAt(), null);
        if (stored) {
            conversations.refresh(conversationId, !m.echo());
        }
        if (opened && decision.departmentId() != null) {
            announce(channelId, conversationId, decision.departmentId(), name, m.text());
        }
        return conversationId;
    }

    private void announce(long channelId, long conversationId, long departmentId, String name, String text) {
        ChannelRef page = channels.find(channelId).orElseThrow();
        String person = name == null ? messages.getMessage("channels.inbox.unknownPerson", null, VI) : name;
        events.publishEvent(new InboxConversationRouted(conversationId, channelId, page.name(), page.unitId(), departmentId, person,
                Conversations.cut(text == null ? "" : text, 300), link(conversationId), false, null, clock.instant()));
    }

    public static String link(long conversationId) {
        return "/channels/inbox/" + conversationId;
    }

    /** GET /{psid}?fields=name with the page's token; null when it cannot be had (the page shows "Người dùng Facebook"). */
    private String personName(long channelId, String pageId, String psid) {
        try {
            return connections.ofChannel(channelId).filter(k -> k.status() != ConnectionStatus.DISCONNECTED && k.tokenSealed() != null)
                    .map(k -> graph.get("/" + psid, Map.of("fields", "name"), cipher.open(k.tokenSealed()), false).path("name").asString(null))
                    .filter(n -> !n.isBlank()).orElse(null);
        } catch (ConnectorFailure | TokenCipher.Refused e) {
            log.info("Name of a person writing to page {} not read: {}", pageId, e.getMessage());
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
