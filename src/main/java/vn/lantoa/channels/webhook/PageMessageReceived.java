package vn.lantoa.channels.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A message in a Page's conversation, as the Page webhook (field "messages") reported it. senderId is the
 * person's page-scoped id (PSID); echo is true for a message the Page itself sent (from Lan Tỏa or from
 * Business Suite), which the webhook reports too. attachmentUrls are the platform's URLs of photos or files.
 */
public record PageMessageReceived(String pageId, String senderId, String messageId, String text, List<String> attachmentUrls,
                                  boolean echo, Instant sentAt) {
}
