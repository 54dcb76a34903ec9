package vn.lantoa.channels.inbox;

import java.time.Instant;

/** One message of a conversation: from the person (IN) or from the Page (OUT, sent here or from Business Suite). */
public record InboxMessage(long id, String mid, String direction, String source, String text, String attachments, String tag,
                           Instant sentAt, String sentByName) {

    public boolean incoming() {
        return "IN".equals(direction);
    }

    public java.util.List<String> attachmentUrls() {
        return attachments == null || attachments.isBlank() ? java.util.List.of() : java.util.List.of(attachments.split("\n"));
    }
}
