package vn.lantoa.channels.publishing;

import java.time.Instant;
import java.util.Map;
import vn.lantoa.channels.ChannelKind;

/** One story on its way to one channel, as stored in channel_delivery, with its channel's name and unit. */
public record Delivery(long id, long storyId, String storyTitle, long channelId, ChannelKind kind, String channelName, String channelUrl, long unitId,
                       String unitPath, String unitName, boolean manual, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                       String failureKind, String errorCode, String errorMessage, Map<String, String> uploaded, String externalId,
                       String permalink, Instant postedAt, String markedByName, String skipReason, Instant createdAt) {
}
