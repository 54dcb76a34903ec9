package vn.lantoa.channels;

import java.time.Instant;

/**
 * A channel's connection to Facebook or Zalo stopped working (a token expired, a permission is missing,
 * the platform cannot be reached...): published once per failure episode, after the failure is recorded,
 * so that the unit is told why and what to do. {@code kind} is the failure kind, {@code reason} and
 * {@code advice} are the plain Vietnamese words of the connections page.
 */
public record ChannelConnectionFailed(long channelId, long unitId, String channelName, String kind, String reason, String advice,
                                      Instant at) {
}
