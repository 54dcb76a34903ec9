package vn.lantoa.channels.moderation;

import java.util.List;

/**
 * A moderation rule: conditions combined with AND (any of its keywords, a link, only emojis, the
 * author's first comment on the page) and one action. A rule with no condition matches nothing (the
 * editor refuses it). No Spring here: it decides on the comment's text and whether its author is new.
 */
public record ModerationRule(long id, long unitId, Long channelId, String name, List<String> keywords, boolean hasLink,
                             boolean onlyEmoji, boolean newAuthor, RuleAction action, Long assigneeId, int position, boolean active) {

    public boolean hasCondition() {
        return !keywords.isEmpty() || hasLink || onlyEmoji || newAuthor;
    }

    public boolean matches(String message, boolean firstOfAuthor) {
        if (!hasCondition()) {
            return false;
        }
        if (!keywords.isEmpty() && keywords.stream().noneMatch(k -> CommentText.contains(message, k))) {
            return false;
        }
        if (hasLink && !CommentText.hasLink(message)) {
            return false;
        }
        if (onlyEmoji && !CommentText.onlyEmoji(message)) {
            return false;
        }
        return !newAuthor || firstOfAuthor;
    }
}
