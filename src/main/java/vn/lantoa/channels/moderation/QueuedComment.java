package vn.lantoa.channels.moderation;

import java.time.Instant;
import java.util.List;

/** A comment as the review queue shows it. */
public record QueuedComment(long id, long channelId, String channelName, String unitPath, String externalId, String postId,
                            String parentId, String authorName, String message, Instant createdAt, String status, boolean flagged,
                            Long assignedTo, String assigneeName, Instant handledAt, List<String> ruleHits) {

    /** The post on Facebook (a post id is "pageid_postid", which facebook.com opens). */
    public String postUrl() {
        return "https://www.facebook.com/" + postId;
    }

    /** The creation time for a datetime attribute (whole seconds, as HTML wants). */
    public String createdIso() {
        return createdAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** The id of the page's unit: the last id of its materialized path ("/1/5/9/"). */
    public long unitId() {
        String[] ids = unitPath.split("/");
        return Long.parseLong(ids[ids.length - 1]);
    }

    public boolean hidden() {
        return "HIDDEN".equals(status);
    }

    public boolean deleted() {
        return "DELETED".equals(status);
    }

    public boolean handled() {
        return handledAt != null;
    }

    public boolean reply() {
        return parentId != null && !parentId.equals(postId);
    }
}
