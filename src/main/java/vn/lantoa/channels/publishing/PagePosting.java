package vn.lantoa.channels.publishing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import vn.lantoa.channels.ChannelConnectionFailed;
import vn.lantoa.channels.connect.Connection;
import vn.lantoa.channels.connect.ConnectionStatus;
import vn.lantoa.channels.connect.Connections;
import vn.lantoa.channels.connect.ConnectorFailure;
import vn.lantoa.channels.connect.FailureKind;
import vn.lantoa.channels.connect.FailureReasons;
import vn.lantoa.channels.connect.JsonHttp;
import vn.lantoa.channels.connect.Platform;
import vn.lantoa.channels.connect.TokenCipher;
import vn.lantoa.channels.connect.facebook.GraphClient;
import vn.lantoa.newsroom.PublishedStories;
import vn.lantoa.newsroom.PublishedStory;

/**
 * Posts due deliveries to their Facebook Pages with the Page token the unit connected. Without photos:
 * {@code POST /{page-id}/feed} with message and link. With photos: each uploaded first with
 * {@code POST /{page-id}/photos} (multipart source, published=false), its id kept at once, then
 * {@code POST /{page-id}/feed} with the message and {@code attached_media[i]={"media_fbid":…}}. The
 * post's id and permalink are kept, and the post is recorded among the channel's posts, linked to the
 * story. Failures follow {@link RetryPolicy}; one that needs the unit (token, permission, page gone)
 * marks the connection failed and tells the unit once, as the audience pull does.
 */
@Component
public class PagePosting {

    private static final Logger log = LoggerFactory.getLogger(PagePosting.class);
    private static final Duration LEASE = Duration.ofMinutes(10);
    private static final int BATCH = 50;
    private static final java.util.Locale VI = java.util.Locale.forLanguageTag("vi");

    private final Deliveries deliveries;
    private final PublishedStories stories;
    private final StoryAddress addresses;
    private final PhotoFiles photos;
    private final Connections connections;
    private final TokenCipher cipher;
    private final GraphClient graph;
    private final FailureReasons reasons;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PagePosting(Deliveries deliveries, PublishedStories stories, StoryAddress addresses, PhotoFiles photos, Connections connections,
                TokenCipher cipher, GraphClient graph, FailureReasons reasons, JdbcClient jdbc, TransactionTemplate transaction,
                ApplicationEventPublisher events, Clock clock) {
        this.deliveries = deliveries;
        this.stories = stories;
        this.addresses = addresses;
        this.photos = photos;
        this.connections = connections;
        this.cipher = cipher;
        this.graph = graph;
        this.reasons = reasons;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** Posts every delivery due now; returns how many were posted. */
    public int runDue() {
        int posted = 0;
        List<Long> due = deliveries.claimDue(clock.instant(), LEASE, BATCH);
        for (long id : due) {
            try {
                posted += deliveries.find(id).map(this::attempt).orElse(false) ? 1 : 0;
            } catch (RuntimeException e) {
                // a bug or the database: the lease runs out and the delivery is tried again later
                log.warn("Delivery {} failed unexpectedly: {}", id, e.toString());
            }
        }
        if (!due.isEmpty()) {
            log.info("Channel publishing: {} of {} deliveries posted", posted, due.size());
        }
        return posted;
    }

    /** One try of one delivery; true when it is posted. */
    boolean attempt(Delivery delivery) {
        if (delivery.manual() || !delivery.status().open()) {
            return false;
        }
        int attempts = delivery.attempts() + 1;
        Optional<PublishedStory> story = stories.find(delivery.storyId());
        if (story.isEmpty()) {
            // unpublished before its turn: nothing to post (an unpublished story must not appear on the page)
            deliveries.stopped(delivery.id(), DeliveryStatus.GAVE_UP, attempts,
                    new ConnectorFailure(FailureKind.PLATFORM_ERROR, "unpublished", "The story is no longer published"));
            return false;
        }
        Optional<Connection> connection = connections.ofChannel(delivery.channelId())
                .filter(c -> c.platform() == Platform.FACEBOOK && c.status() != ConnectionStatus.DISCONNECTED && c.tokenSealed() != null);
        try {
            if (connection.isEmpty()) {
                throw new ConnectorFailure(FailureKind.TOKEN_INVALID, "disconnected", "The page is not connected");
            }
            String token = openToken(connection.get());
            String postId = post(delivery, story.get(), connection.get().externalId(), token);
            recordPost(delivery, story.get(), postId);
            return true;
        } catch (ConnectorFailure failure) {
            failed(delivery, connection.orElse(null), attempts, failure);
            return false;
        }
    }

    private String openToken(Connection connection) {
        try {
            return cipher.open(connection.tokenSealed());
        } catch (TokenCipher.Refused refused) {
            throw new ConnectorFailure(FailureKind.TOKEN_INVALID, "key", "The stored token cannot be opened");
        }
    }

    private String post(Delivery delivery, PublishedStory story, String pageId, String token) {
        String link = addresses.of(story.id(), story.title(), story.card().authorUnitPath());
        Map<String, String> form = new LinkedHashMap<>();
        form.put("message", StoryMessage.text(story, link));
        List<String> media = upload(delivery, story, pageId, token);
        if (media.isEmpty()) {
            form.put("link", link);
        }
        for (int i = 0; i < media.size(); i++) {
            form.put("attached_media[" + i + "]", "{\"media_fbid\":\"" + media.get(i) + "\"}");
        }
        JsonNode answer = graph.post("/" + pageId + "/feed", form, token);
        String id = answer.path("id").asString("");
        if (id.isEmpty()) {
            throw new ConnectorFailure(FailureKind.PLATFORM_ERROR, "no id", "The feed answer has no post id");
        }
        return id;
    }

    /**
     * Uploads the photos not uploaded yet (unpublished, with their captions: seed 001 wants captioned
     * summary posts), keeping each id as soon as it is known; their ids in posting order.
     */
    private List<String> upload(Delivery delivery, PublishedStory story, String pageId, String token) {
        Map<String, String> done = new LinkedHashMap<>(delivery.uploaded());
        Map<UUID, String> captions = new java.util.HashMap<>();
        story.photos().forEach(p -> captions.put(p.mediaId(), p.caption() == null ? "" : p.caption().strip()));
        List<String> ids = new java.util.ArrayList<>();
        for (UUID mediaId : StoryMessage.photos(story)) {
            String photoId = done.get(mediaId.toString());
            if (photoId == null) {
                Optional<PhotoFiles.Photo> photo = photos.webSized(mediaId);
                if (photo.isEmpty()) {
                    continue;
                }
                JsonHttp.FilePart file = new JsonHttp.FilePart("source", photo.get().fileName(), photo.get().contentType(), photo.get().bytes());
                Map<String, String> form = new LinkedHashMap<>();
                form.put("published", "false");
                if (!captions.getOrDefault(mediaId, "").isEmpty()) {
                    form.put("caption", captions.get(mediaId));
                }
                photoId = graph.postFile("/" + pageId + "/photos", form, file, token).path("id").asString("");
                if (photoId.isEmpty()) {
                    throw new ConnectorFailure(FailureKind.PLATFORM_ERROR, "no id", "The photo upload answer has no id");
                }
                deliveries.uploaded(delivery.id(), mediaId.toString(), photoId);
            }
            ids.add(photoId);
        }
        return ids;
    }

    private void recordPost(Delivery delivery, PublishedStory story, String postId) {
        Instant now = clock.instant();
        String permalink = "https://www.facebook.com/" + postId;
        transaction.executeWithoutResult(tx -> {
            deliveries.posted(delivery.id(), postId, permalink, null, now);
            ChannelPosts.record(jdbc, delivery.channelId(), postId, permalink, story.title(), story.id(), "API", now);
        });
        connections.ofChannel(delivery.channelId()).ifPresent(c -> connections.succeeded(c.id(), now));
    }

    private void failed(Delivery delivery, Connection connection, int attempts, ConnectorFailure failure) {
        Instant now = clock.instant();
        log.warn("Delivery {} to channel {} failed: {} ({})", delivery.id(), delivery.channelId(), failure.kind(), failure.code());
        if (RetryPolicy.isTransient(failure)) {
            Optional<Duration> wait = RetryPolicy.waitAfter(attempts);
            if (wait.isPresent()) {
                deliveries.retrying(delivery.id(), attempts, now.plus(wait.get()), failure);
            } else {
                deliveries.stopped(delivery.id(), DeliveryStatus.GAVE_UP, attempts, failure);
            }
            return;
        }
        deliveries.stopped(delivery.id(), DeliveryStatus.FAILED, attempts, failure);
        if (connection != null && RetryPolicy.isConnectionFailure(failure)) {
            tellUnit(delivery, connection, failure, now);
        }
    }

    /** The same path as the audience pull: the connection marked failed, the unit told once per episode. */
    private void tellUnit(Delivery delivery, Connection connection, ConnectorFailure failure, Instant now) {
        ConnectionStatus status = failure.kind().status() == null ? ConnectionStatus.FAILED : failure.kind().status();
        transaction.executeWithoutResult(tx -> {
            if (connections.failed(connection.id(), failure, status, now)) {
                events.publishEvent(new ChannelConnectionFailed(delivery.channelId(), delivery.unitId(), delivery.channelName(),
                        failure.kind().name(), reasons.reason(failure.kind(), failure.permission(), VI),
                        reasons.advice(failure.kind(), Platform.FACEBOOK, VI), now));
            }
        });
    }
}
