package vn.lantoa.channels.moderation;

/** What a moderation rule does to a comment it matches. */
public enum RuleAction {
    /** Hides the comment on the page (Graph: is_hidden=true): its author and friends still see it, nobody else. */
    HIDE,
    /** Puts it first in the review queue with a flag. */
    FLAG,
    /** Gives it to an account, who finds it under "Giao cho tôi". */
    ASSIGN
}
