package vn.lantoa.channels;

import java.time.LocalDate;

/** A channel as other modules and pages see it. */
public record ChannelRef(long id, long unitId, ChannelKind kind, String name, String url, String externalId, LocalDate launchedOn,
                         boolean active) {
}
