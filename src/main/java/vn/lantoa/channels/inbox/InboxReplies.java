package vn.lantoa.channels.inbox;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.lantoa.channels.ChannelConnectionFailed;
import vn.lantoa.channels.ChannelDirectory;
import vn.lantoa.channels.ChannelRef;
import vn.lantoa.channels.connect.Connection;
import vn.lantoa.channels.connect.ConnectionStatus;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.FailureReasons;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.connect.facebook.GraphClient;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.InvalidInput;

/**
 * Replying to a person from Lan Tỏa through the Send API ({@code POST /{page-id}/messages}, JSON): the
 * text (not blank, at most 2,000 characters) and the reply window ({@link ReplyWindow}) are checked here
 * before anything is sent; the Graph API's refusals become Vietnamese messages (the caller keeps the typed
 * text); an expired or revoked page token is also recorded on the page's connection, and the unit told
 * once, as the audience pull does.
 */
@Component
public class InboxReplies {

    static final String OUTSIDE_WINDOW = "10/2018278";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final Logger log = LoggerFactory.getLogger(InboxReplies.class);

    private final InboxAccess access;
    private final Conversations conversations;
    private final ChannelDirectory channels;
    private final Connections connections;
    private final TokenCipher cipher;
    private final GraphClient graph;
    private final FailureReasons reasons;
    private final InboxSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    InboxReplies(InboxAccess access, Conversations conversations, ChannelDirectory channels, Connections connections, TokenCipher cipher,
                 GraphClient graph, FailureReasons reasons, InboxSettings settings, ApplicationEventPublisher events,
                 TransactionTemplate transaction, Clock clock) {
        this.access = access;
        this.conversations = conversations;
        this.channels = channels;
        this.connections = connections;
        this.cipher = cipher;
        this.graph = graph;
        this.reasons = reasons;
        this.settings = settings;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What may be sent in a conversation now. */
    public ReplyWindow.Verdict window(Conversation c) {
        return ReplyWindow.at(c.lastIncomingAt(), clock.instant(), settings.humanAgent());
    }

    /** Sends the reply; the message id the platform gave it. Refusals are {@link InvalidInput} on "text". */
    public String reply(Actor actor, long conversationId, String typed) {
        Conversation c = access.answerable(actor, conversationId);
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("text", "channels.inbox.reply.empty");
        }
        if (text.length() > InboxSettings.MAX_TEXT) {
            throw new InvalidInput("text", "channels.inbox.reply.tooLong", InboxSettings.MAX_TEXT, text.length());
        }
        ReplyWindow.Verdict verdict = window(c);
        if (!verdict.open()) {
            throw closed(verdict);
        }
        Connection connection = connections.ofChannel(c.channelId())
                .filter(k -> k.status() != ConnectionStatus.DISCONNECTED && k.tokenSealed() != null)
                .orElseThrow(() -> new InvalidInput("text", "channels.inbox.reply.notConnected"));
        String tag = verdict.mode() == ReplyWindow.Mode.HUMAN_AGENT ? "HUMAN_AGENT" : null;
        String mid;
        try {
            JsonNode answer = graph.postJson("/" + connection.externalId() + "/messages", body(c.psid(), text, tag),
                    cipher.open(connection.tokenSealed()));
            mid = answer.path("message_id").asString("");
            if (mid.isBlank()) {
                throw new ConnectorFailure(FailureKind.PLATFORM_ERROR, "no message_id", "The Send API's answer has no message_id");
            }
        } catch (ConnectorFailure failure) {
            throw refused(c, connection, failure);
        } catch (TokenCipher.Refused refused) {
            throw refused(c, connection, new ConnectorFailure(FailureKind.TOKEN_INVALID, "key", "The stored token cannot be opened"));
        }
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            conversations.sentFromLanToa(c.id(), mid, text, tag, now, actor.accountId());
            conversations.refresh(c.id(), false);
        });
        return mid;
    }

    /** The Send API's body: a standard reply, or a human agent's one with its tag. */
    static String body(String psid, String text, String tag) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("recipient").put("id", psid);
        body.put("messaging_type", tag == null ? "RESPONSE" : "MESSAGE_TAG");
        if (tag != null) {
            body.put("tag", tag);
        }
        body.putObject("message").put("text", text);
        return JSON.writeValueAsString(body);
    }

    private static InvalidInput closed(ReplyWindow.Verdict verdict) {
        if (verdict.closesAt() == null) {
            return new InvalidInput("text", "channels.inbox.reply.neverWrote");
        }
        return new InvalidInput("text", "channels.inbox.reply.closed", WHEN.format(verdict.closesAt().atZone(InboxFigures.VIETNAM)));
    }

    private InvalidInput refused(Conversation c, Connection connection, ConnectorFailure failure) {
        log.warn("Reply in conversation {} refused by the Graph API: {} ({})", c.id(), failure.kind(), failure.code());
        String code = failure.code() == null ? "" : failure.code();
        if (code.equals(OUTSIDE_WINDOW)) {
            return new InvalidInput("text", "channels.inbox.reply.outsideWindow");
        }
        if (code.startsWith("551")) {
            return new InvalidInput("text", "channels.inbox.reply.unavailable");
        }
        return switch (failure.kind()) {
            case TOKEN_EXPIRED, TOKEN_INVALID -> {
                tokenFailed(connection, failure);
                yield new InvalidInput("text", "channels.inbox.reply.token");
            }
            case MISSING_PERMISSION -> new InvalidInput("text", "channels.inbox.reply.permission",
                    failure.permission() == null ? "pages_messaging" : failure.permission());
            case RATE_LIMITED -> new InvalidInput("text", "channels.inbox.reply.rateLimited");
            case UNREACHABLE -> new InvalidInput("text", "channels.inbox.reply.unreachable");
            default -> new InvalidInput("text", "channels.inbox.reply.failed", code);
        };
    }

    /** A dead token stops every use of the page: recorded on the connection, and its unit told once. */
    private void tokenFailed(Connection connection, ConnectorFailure failure) {
        Instant now = clock.instant();
        ChannelRef channel = channels.find(connection.channelId()).orElse(null);
        transaction.executeWithoutResult(tx -> {
            if (connections.failed(connection.id(), failure, failure.kind().status(), now) && channel != null) {
                events.publishEvent(new ChannelConnectionFailed(channel.id(), channel.unitId(), channel.name(), failure.kind().name(),
                        reasons.reason(failure.kind(), failure.permission(), VI), reasons.advice(failure.kind(), connection.platform(), VI), now));
            }
        });
    }
}
