package vn.lantoa.channels.publishing;

import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;

/**
 * The people's side of deliveries: a moderator marks a group item posted (with the post's address,
 * which must be a post of that very group) or skipped (with a reason); an editor tries a failed Page
 * post again now. Each is recorded in the audit log with who and when; a posted group item joins the
 * channel's posts, linked to the story.
 */
@Service
public class GroupQueue {

    static final int MAX_REASON = 500;

    private final PublishingAccess access;
    private final Deliveries deliveries;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    GroupQueue(PublishingAccess access, Deliveries deliveries, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.deliveries = deliveries;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Delivery markPosted(Actor actor, long deliveryId, String url) {
        Delivery delivery = waitingGroupItem(actor, deliveryId);
        GroupPostAddress.Post post = GroupPostAddress.check(delivery.kind(), delivery.channelUrl(), url, delivery.id());
        Instant now = clock.instant();
        deliveries.posted(delivery.id(), post.externalId(), post.url(), actor.accountId(), now);
        ChannelPosts.record(jdbc, delivery.channelId(), post.externalId(), post.url(), delivery.storyTitle(), delivery.storyId(), "MANUAL", now);
        audit.record(AuditEntry.of("CHANNEL_DELIVERY_POSTED", "channel_delivery", delivery.id(), label(delivery), delivery.unitPath(),
                post.url() == null ? "" : post.url()));
        return deliveries.find(delivery.id()).orElseThrow();
    }

    @Transactional
    public Delivery skip(Actor actor, long deliveryId, String reason) {
        Delivery delivery = waitingGroupItem(actor, deliveryId);
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("reason", "channels.publishing.reason.required");
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInput("reason", "channels.publishing.reason.tooLong", MAX_REASON);
        }
        deliveries.skipped(delivery.id(), text, actor.accountId(), clock.instant());
        audit.record(AuditEntry.of("CHANNEL_DELIVERY_SKIPPED", "channel_delivery", delivery.id(), label(delivery), delivery.unitPath(), text));
        return deliveries.find(delivery.id()).orElseThrow();
    }

    /** A failed or given-up Page post goes again at the next run, with the photos it already uploaded. */
    @Transactional
    public Delivery retryNow(Actor actor, long deliveryId) {
        Delivery delivery = access.actionable(actor, deliveryId);
        if (delivery.manual() || !(delivery.status().failing() || delivery.status() == DeliveryStatus.RETRYING)) {
            throw new Conflict("status", "channels.publishing.notRetryable");
        }
        deliveries.retryNow(delivery.id(), clock.instant());
        audit.record(AuditEntry.of("CHANNEL_DELIVERY_RETRY", "channel_delivery", delivery.id(), label(delivery), delivery.unitPath(), ""));
        return deliveries.find(delivery.id()).orElseThrow();
    }

    private Delivery waitingGroupItem(Actor actor, long deliveryId) {
        Delivery delivery = access.actionable(actor, deliveryId);
        if (!delivery.manual()) {
            throw new Conflict("status", "channels.publishing.notAGroupItem");
        }
        if (delivery.status() != DeliveryStatus.PENDING) {
            throw new Conflict("status", "channels.publishing.alreadyMarked");
        }
        return delivery;
    }

    private static String label(Delivery delivery) {
        return Deliveries.cut(delivery.channelName() + " — " + delivery.storyTitle(), 300);
    }
}
