package vn.lantoa.channels.connect;

import java.io.Serializable;
import java.time.Instant;

/** A login on Facebook or Zalo under way: the channel it is for and, for Zalo's PKCE, the code verifier. Kept in the session under its state. */
public record PendingLogin(long channelId, Platform platform, String state, String codeVerifier, Instant startedAt) implements Serializable {
}
