package vn.lantoa.channels.connect;

import java.time.Instant;
import vn.lantoa.channels.ChannelKind;

/**
 * One row of the connections page: a Facebook Page or Zalo OA of the subtree and how its connection
 * stands, with the reason and what to do in plain words when it fails. No token, only its last four
 * characters.
 */
public record ConnectionView(long channelId, String channelName, ChannelKind kind, String url, String unitName, ConnectionStatus status,
                             String externalName, String tokenHint, Instant expiresAt, Instant lastSuccessAt, Instant lastAttemptAt,
                             Instant connectedAt, String permissions, String reason, String advice, String errorCode,
                             boolean rateLimited, Instant retryAfter) {

    /** CONNECTED, EXPIRED..., or NONE when the channel was never connected (or disconnected). */
    public String statusName() {
        return status == null ? "NONE" : status.name();
    }

    public boolean connected() {
        return status == ConnectionStatus.CONNECTED;
    }

    public boolean failing() {
        return status != null && status.failing();
    }

    public boolean linked() {
        return status != null && status != ConnectionStatus.DISCONNECTED;
    }
}
