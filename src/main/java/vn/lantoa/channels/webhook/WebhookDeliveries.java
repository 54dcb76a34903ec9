package vn.lantoa.channels.webhook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed delivery of the Page webhook, taken once (Meta sends it again until answered 200, byte for
 * byte, so its SHA-256 is its identity): its feed comment changes become {@link FeedCommentChanged}
 * and its messages {@link PageMessageReceived}, published in the transaction that records the delivery,
 * so listeners get them after it commits (and once). Pages not connected in Lan Tỏa are for the
 * listeners to ignore. Anything else in the delivery (reactions, posts, other objects) is skipped.
 */
@Component
public class WebhookDeliveries {

    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final Clock clock;

    WebhookDeliveries(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What a delivery held; {@code repeated} when it had been taken before (nothing published again). */
    public record Taken(boolean repeated, int comments, int messages) {
    }

    @Transactional
    public Taken take(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (RuntimeException e) {
            log.warn("Webhook delivery is not JSON: dropped");
            return new Taken(false, 0, 0);
        }
        int stored = jdbc.sql("insert into channel_webhook_delivery (digest) values (:d) on conflict (digest) do nothing")
                .param("d", digest(body)).update();
        if (stored == 0) {
            return new Taken(true, 0, 0);
        }
        if (!"page".equals(root.path("object").asString(""))) {
            log.info("Webhook delivery for object {} ignored", root.path("object").asString(""));
            return new Taken(false, 0, 0);
        }
        Instant now = clock.instant();
        List<Object> out = new ArrayList<>();
        for (JsonNode entry : root.path("entry").values()) {
            String pageId = entry.path("id").asString("");
            for (JsonNode change : entry.path("changes").values()) {
                comment(pageId, change, now, out);
            }
            for (JsonNode m : entry.path("messaging").values()) {
                message(pageId, m, out);
            }
        }
        out.forEach(events::publishEvent);
        int comments = (int) out.stream().filter(FeedCommentChanged.class::isInstance).count();
        return new Taken(false, comments, out.size() - comments);
    }

    private static void comment(String pageId, JsonNode change, Instant now, List<Object> out) {
        JsonNode v = change.path("value");
        if (!"feed".equals(change.path("field").asString("")) || !"comment".equals(v.path("item").asString(""))) {
            return;
        }
        String commentId = v.path("comment_id").asString("");
        if (commentId.isEmpty()) {
            return;
        }
        long created = v.path("created_time").asLong(0);
        out.add(new FeedCommentChanged(pageId, v.path("post_id").asString(null), commentId, v.path("parent_id").asString(null),
                v.path("verb").asString(""), v.path("from").path("id").asString(null), v.path("from").path("name").asString(null),
                v.path("message").asString(null), created > 0 ? Instant.ofEpochSecond(created) : now, now));
    }

    private static void message(String pageId, JsonNode m, List<Object> out) {
        JsonNode message = m.path("message");
        if (!message.isObject() || message.path("mid").asString("").isEmpty()) {
            return;
        }
        boolean echo = message.path("is_echo").asBoolean(false);
        // an echo is the Page's own message: the person is its recipient
        String person = echo ? m.path("recipient").path("id").asString(null) : m.path("sender").path("id").asString(null);
        List<String> urls = new ArrayList<>();
        message.path("attachments").values().forEach(a -> {
            String url = a.path("payload").path("url").asString("");
            if (!url.isEmpty()) {
                urls.add(url);
            }
        });
        long at = m.path("timestamp").asLong(0);
        out.add(new PageMessageReceived(pageId, person, message.path("mid").asString(), message.path("text").asString(null), List.copyOf(urls),
                echo, at > 0 ? Instant.ofEpochMilli(at) : Instant.now()));
    }

    static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
