package vn.lantoa.channels;

import java.time.Instant;

/**
 * A conversation of a Page's inbox was given to a department: a new one by the page's routing rules, or
 * an existing one re-routed by staff. Published after it is stored, so that the department's head and
 * staff are told there is a person to answer. {@code link} opens the conversation.
 */
public record InboxConversationRouted(long conversationId, long channelId, String channelName, long unitId, long departmentId,
                                      String personName, String excerpt, String link, boolean rerouted, Long actorId, Instant at) {
}
