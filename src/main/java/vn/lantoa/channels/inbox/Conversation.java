package vn.lantoa.channels.inbox;

import java.time.Instant;

/** A conversation of a Page with one person, as stored. */
public record Conversation(long id, long channelId, String psid, String personName, Long departmentId, String routedBy,
                           String matchedKeyword, String status, Instant lastIncomingAt, Instant waitingSince, Instant lastMessageAt,
                           Instant doneAt, Instant createdAt) {

    public boolean done() {
        return "DONE".equals(status);
    }

    public boolean waiting() {
        return !done() && waitingSince != null;
    }
}
