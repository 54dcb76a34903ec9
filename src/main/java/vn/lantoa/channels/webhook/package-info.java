/**
 * The Facebook Page webhook: the verification handshake, the X-Hub-Signature-256 check of every delivery,
 * and the events it turns deliveries into ({@link vn.lantoa.channels.webhook.FeedCommentChanged},
 * {@link vn.lantoa.channels.webhook.PageMessageReceived}), which comment moderation and the inbox listen to.
 */
package vn.lantoa.channels.webhook;
