package vn.lantoa.channels.connect;

import java.time.Instant;

/** A channel's connection as stored: the sealed tokens stay inside this package, pages get {@link ConnectionView}. */
public record Connection(long id, long channelId, Platform platform, String externalId, String externalName, String tokenSealed,
                         String refreshSealed, String tokenHint, Instant expiresAt, Instant refreshExpiresAt, String permissions,
                         ConnectionStatus status, FailureKind failureKind, String errorCode, String errorMessage, String missingPermission,
                         Instant retryAfter, int retries, Instant notifiedAt, Instant lastSuccessAt, Instant lastAttemptAt,
                         Instant connectedAt) {
}
